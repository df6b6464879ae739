<?php
/**
 * The one place that turns embed options into the widget's host element: the shortcode and the
 * block both call client_triage_render(), which checks every option against an allow-list and
 * escapes what it writes.
 *
 * @package client-triage
 */

defined( 'ABSPATH' ) || exit;

const CLIENT_TRIAGE_LOADER = 'client-triage-embed';

/**
 * The options and what each accepts: a list of values, or a pattern. The data-* attribute is
 * the option's name with a dash (storage_key → data-storage-key). Every option the widget reads
 * (src/web/mount.rs, `option`) is here, in the block (block.json, block/render.php, editor.js)
 * and in the docs' tables; tests/contract.rs compares them.
 */
function client_triage_options() {
	return array(
		'lang'        => array( 'de', 'en' ),
		// Letters, digits and . _ : - (the data lives under client-triage:<key>).
		'storage_key' => '/^[A-Za-z0-9._:-]{1,64}$/',
		'theme'       => array( 'auto', 'light', 'dark' ),
		'events'      => array( 'on', 'off' ),
		'persist'     => array( 'on', 'off' ),
		// A web address, no spaces, quotes or angle brackets (the widget links only http(s)).
		'source_url'  => '#^https?://[^\s"\'<>]{1,2000}$#i',
		'load'        => array( 'near', 'eager' ),
	);
}

/** What an option with a pattern accepts, said for the author. */
function client_triage_pattern_help( $name ) {
	return 'source_url' === $name
		? __( 'an address starting with https:// (or http://)', 'client-triage' )
		: __( 'up to 64 letters, digits and . _ : -', 'client-triage' );
}

/** [client_triage lang="de" storage_key="…" theme="…" events="…" persist="…" source_url="…" load="…"] */
function client_triage_shortcode( $atts ) {
	return client_triage_render( is_array( $atts ) ? $atts : array() );
}

/**
 * The host element for `$options` (option name → value; empty values are left out), or a
 * visible message naming the first option that is unknown or has a value it does not accept.
 * Enqueues the loader when a widget is written.
 */
function client_triage_render( $options ) {
	$allowed    = client_triage_options();
	$attributes = '';
	$valid      = array();
	foreach ( $options as $name => $value ) {
		$value = trim( (string) $value );
		if ( '' === $value ) {
			continue;
		}
		if ( ! isset( $allowed[ $name ] ) ) {
			return client_triage_error(
				sprintf(
					/* translators: 1: what the author wrote, e.g. langg="de", 2: the options, e.g. lang, theme */
					__( 'Client Triage: unknown option %1$s. Known options: %2$s.', 'client-triage' ),
					is_int( $name ) ? $value : $name . '="' . $value . '"',
					implode( ', ', array_keys( $allowed ) )
				)
			);
		}
		$rule = $allowed[ $name ];
		$ok   = is_array( $rule ) ? in_array( $value, $rule, true ) : 1 === preg_match( $rule, $value );
		if ( ! $ok ) {
			return client_triage_error(
				sprintf(
					/* translators: 1: the value written, 2: the option, 3: what it accepts */
					__( 'Client Triage: "%1$s" is not a value for %2$s. It accepts: %3$s.', 'client-triage' ),
					$value,
					$name,
					is_array( $rule ) ? implode( ', ', $rule ) : client_triage_pattern_help( $name )
				)
			);
		}
		$attributes     .= sprintf( ' data-%s="%s"', str_replace( '_', '-', $name ), esc_attr( $value ) );
		$valid[ $name ] = $value;
	}
	// In the block editor's preview (a REST request) no script runs: say what will be there.
	if ( defined( 'REST_REQUEST' ) && REST_REQUEST ) {
		return '<div class="client-triage-placeholder"' . $attributes . '><p>' . esc_html__( 'Client Triage: the self-assessment appears here on the published page.', 'client-triage' ) . '</p></div>';
	}
	wp_enqueue_script( CLIENT_TRIAGE_LOADER );
	// The widget's language if the host names one, else the site's: the loader replaces a start
	// screen in another language than the reader's.
	$lang = $valid['lang'] ?? ( 0 === strpos( get_locale(), 'de' ) ? 'de' : 'en' );
	return '<div data-client-triage' . $attributes . '>' . client_triage_start_screen( $lang, $valid['theme'] ?? 'auto' )
		. '<noscript>' . esc_html__( 'This tool needs JavaScript.', 'client-triage' ) . '</noscript></div>';
}

/**
 * The start screen in the page itself: the build's declarative shadow root in `$lang` (de or
 * en), with the widget's styles, the intro and question 1, shown before any script runs; with
 * `$theme` (auto, light or dark). '' where the site turns it off with the filter
 * client_triage_start_screen (e.g. for a Content-Security-Policy without inline styles) or the
 * build has none. Markup from the plugin's own build, written as it is.
 */
function client_triage_start_screen( $lang, $theme ) {
	$file = dirname( __DIR__ ) . '/build/start-' . $lang . '.html';
	if ( ! apply_filters( 'client_triage_start_screen', true ) || ! in_array( $lang, array( 'de', 'en' ), true ) || ! is_readable( $file ) ) {
		return '';
	}
	$html = (string) file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a local file of the plugin
	return 'auto' === $theme ? $html : preg_replace( '/data-theme="auto"/', 'data-theme="' . esc_attr( $theme ) . '"', $html, 1 );
}

/** A message where the widget would be, for the author to see and fix; escaped. */
function client_triage_error( $message ) {
	return '<p class="client-triage-error" role="note">' . esc_html( $message ) . '</p>';
}
