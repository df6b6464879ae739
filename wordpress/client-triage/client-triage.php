<?php
/**
 * Plugin Name:       Client Triage
 * Description:       A self-assessment about one difficult client (detach, mediate or terminate) with a plan and letters. Runs entirely in the reader's browser. Shortcode [client_triage] and a block.
 * Version:           __CT_VERSION__
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       client-triage
 * Domain Path:       /languages
 *
 * @package client-triage
 */

defined( 'ABSPATH' ) || exit;

define( 'CLIENT_TRIAGE_VERSION', '__CT_VERSION__' );

require_once __DIR__ . '/includes/render.php';

add_action( 'init', 'client_triage_register' );
add_filter( 'script_loader_tag', 'client_triage_module_tag', 10, 2 );
add_filter( 'plugin_row_meta', 'client_triage_row_meta', 10, 2 );

/** Registers the loader, the editor script, the shortcode and the block. */
function client_triage_register() {
	load_plugin_textdomain( 'client-triage', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	// Enqueued only where a widget is rendered (client_triage_render); in the footer, since a
	// classic theme renders the content after the head.
	wp_register_script( CLIENT_TRIAGE_LOADER, plugins_url( 'build/embed.js', __FILE__ ), array(), CLIENT_TRIAGE_VERSION, true );
	wp_register_script(
		'client-triage-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		CLIENT_TRIAGE_VERSION,
		true
	);
	wp_set_script_translations( 'client-triage-editor', 'client-triage', __DIR__ . '/languages' );
	add_shortcode( 'client_triage', 'client_triage_shortcode' );
	register_block_type( __DIR__ . '/block' );
}

/** The loader is an ES module; WordPress 6.1 has no script-module API. */
function client_triage_module_tag( $tag, $handle ) {
	if ( CLIENT_TRIAGE_LOADER !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

/** On the Plugins screen, where a site owner deactivates and deletes: whose data is where. */
function client_triage_row_meta( $meta, $file ) {
	if ( plugin_basename( __FILE__ ) === $file ) {
		$meta[] = esc_html__( "Readers' answers live only in their own browsers: deactivating or deleting this plugin does not touch them, and the site stores none.", 'client-triage' );
	}
	return $meta;
}
