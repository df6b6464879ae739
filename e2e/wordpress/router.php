<?php
// The router of `php -S` for Debian's WordPress in e2e/wordpress.test.mjs. Debian's Apache
// configuration aliases /wp-content/ to the site's content folder; here this router serves it
// from CT_WP_CONTENT, with the types a web server would send. Everything else is WordPress's
// own, with the test's configuration (/etc/wordpress/config-<WORDPRESS_CONFIG>.php).
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 !== strpos( $path, '/wp-content/' ) ) {
	return false;
}
$root = realpath( getenv( 'CT_WP_CONTENT' ) );
$file = realpath( $root . substr( $path, strlen( '/wp-content' ) ) );
if ( false === $file || 0 !== strpos( $file, $root . '/' ) || ! is_file( $file ) || '.php' === substr( $file, -4 ) ) {
	http_response_code( 404 );
	return true;
}
$types = array(
	'css'   => 'text/css',
	'js'    => 'text/javascript',
	'json'  => 'application/json',
	'png'   => 'image/png',
	'svg'   => 'image/svg+xml',
	'txt'   => 'text/plain; charset=utf-8',
	'wasm'  => 'application/wasm',
	'woff2' => 'font/woff2',
);
header( 'Content-Type: ' . ( $types[ pathinfo( $file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
header( 'Content-Length: ' . filesize( $file ) );
readfile( $file );
return true;
