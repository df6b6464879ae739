<?php
// Runs WordPress functions from the command line for e2e/wordpress.test.mjs (Debian ships no
// WP-CLI): `php setup.php <host:port> <action> [json]`, prints JSON.
//   author   {login, password}            an Author (no unfiltered_html)
//   post     {author, type, title, content} a post or page saved as that user: WordPress's
//                                           filters for that user apply (KSES strips scripts)
//   language {locale}                       the site's language
//   activate {plugin}                        activates an installed plugin (bench/run.mjs)
[ , $ct_host, $ct_action ] = $argv;
$ct_input                      = json_decode( $argv[3] ?? '{}', true );
$_SERVER['HTTP_HOST']         = $ct_host;
$_SERVER['WORDPRESS_CONFIG']  = getenv( 'WORDPRESS_CONFIG' );
$_SERVER['REQUEST_URI']       = '/';
require '/usr/share/wordpress/wp-load.php';

switch ( $ct_action ) {
	case 'author':
		$id = wp_create_user( $ct_input['login'], $ct_input['password'], $ct_input['login'] . '@example.com' );
		( new WP_User( $id ) )->set_role( 'author' );
		echo json_encode( array( 'id' => $id, 'unfiltered_html' => user_can( $id, 'unfiltered_html' ) ) );
		break;
	case 'post':
		$user = get_user_by( 'login', $ct_input['author'] );
		wp_set_current_user( $user->ID );
		$id = wp_insert_post(
			array(
				'post_type'    => $ct_input['type'],
				'post_title'   => $ct_input['title'],
				'post_content' => $ct_input['content'],
				'post_status'  => 'publish',
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() );
			exit( 1 );
		}
		echo json_encode( array( 'id' => $id, 'url' => get_permalink( $id ), 'content' => get_post( $id )->post_content ) );
		break;
	case 'language':
		// The site's language as WordPress stores it. Its settings screen offers only languages
		// whose core translation is installed, which this WordPress has none of; the plugin
		// brings its own, and that is what the test reads.
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES ('WPLANG', %s, 'yes') ON DUPLICATE KEY UPDATE option_value = VALUES(option_value)", $ct_input['locale'] ) );
		wp_cache_flush();
		echo json_encode( array( 'locale' => get_option( 'WPLANG' ) ) );
		break;
	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$result = activate_plugin( $ct_input['plugin'] );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, $result->get_error_message() );
			exit( 1 );
		}
		echo json_encode( array( 'active' => is_plugin_active( $ct_input['plugin'] ) ) );
		break;
	default:
		fwrite( STDERR, "unknown action $ct_action" );
		exit( 1 );
}
