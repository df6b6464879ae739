<?php
/**
 * The block's output on the page: the same host element as the shortcode's.
 *
 * @package client-triage
 * @var array $attributes The block's attributes (block.json).
 */

defined( 'ABSPATH' ) || exit;

?>
<div <?php echo get_block_wrapper_attributes(); /* phpcs:ignore WordPress.Security.EscapeOutput -- escaped by WordPress */ ?>>
<?php
echo client_triage_render( /* phpcs:ignore WordPress.Security.EscapeOutput -- escaped inside */
	array(
		'lang'        => $attributes['lang'] ?? '',
		'storage_key' => $attributes['storageKey'] ?? '',
		'theme'       => $attributes['theme'] ?? '',
		'events'      => $attributes['events'] ?? '',
		'persist'     => $attributes['persist'] ?? '',
		'source_url'  => $attributes['sourceUrl'] ?? '',
		'load'        => $attributes['load'] ?? '',
	)
);
?>
</div>
