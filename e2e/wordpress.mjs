// Debian's WordPress 6.1 on loopback for e2e/wordpress.test.mjs: its own MariaDB (a data folder
// in a temp dir, a socket and no TCP port, so it never meets another database), `php -S`
// serving /usr/share/wordpress through e2e/wordpress/router.php, and a fresh install.
// Debian's wp-config.php reads /etc/wordpress/config-<name>.php: the test writes one with a
// name of its own and removes it in stop().
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = fileURLToPath(new URL('wordpress/', import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
const THEME = join(WORDPRESS, 'wp-content/themes/twentytwentythree');
export const ADMIN = { login: 'admin', password: 'admin-e2e-password' };

/** Whether Debian's packages are there (scripts/install-tools.sh installs them). */
export function installed() {
  return ['/usr/sbin/mariadbd', '/usr/bin/mariadb-install-db', '/usr/bin/php', join(WORDPRESS, 'wp-load.php'), THEME].filter((p) => !existsSync(p));
}

/** A free loopback port. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });
}

async function until(check, what, seconds = 30) {
  for (let i = 0; i < seconds * 10; i += 1) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`wordpress: timed out waiting for ${what}`);
}

/**
 * Starts everything and installs WordPress; returns { url, setup(action, input), stop() }.
 * `setup` runs e2e/wordpress/setup.php (WordPress's own functions, as WP-CLI would).
 */
export async function startWordPress() {
  const work = await mkdtemp(join(tmpdir(), 'ct-wordpress-'));
  const name = `ct-e2e-${process.pid}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      // Its whole process group: php -S leaves its workers running when only it is stopped.
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    await rm(config, { force: true });
    await rm(work, { recursive: true, force: true });
  };
  try {
    // The database: its own data folder and socket, no network.
    const data = join(work, 'db');
    const socket = join(work, 'db.sock');
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db']);
    const db = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--log-error=${join(work, 'db.log')}`, `--pid-file=${join(work, 'db.pid')}`], { stdio: 'ignore', detached: true });
    children.push(db);
    const sql = (query) => run('mariadb', ['--no-defaults', '-S', socket, '-uroot', '-e', query]);
    await until(() => sql('SELECT 1').then(() => true), 'MariaDB');
    await sql("CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';");

    // The site's content folder (Debian's is /var/lib/wordpress/wp-content) with the default theme.
    const content = join(work, 'wp-content');
    for (const folder of ['plugins', 'themes', 'uploads', 'languages', 'upgrade']) await mkdir(join(content, folder), { recursive: true });
    await cp(THEME, join(content, 'themes/twentytwentythree'), { recursive: true });

    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    await mkdir('/etc/wordpress', { recursive: true });
    await writeFile(
      config,
      `<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'FS_METHOD', 'direct' );
// Nothing from the outside world: no update checks, no cron calling out.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
`,
    );
    const env = { ...process.env, WORDPRESS_CONFIG: name, CT_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '4' };
    const php = spawn('php', ['-d', 'upload_max_filesize=64M', '-d', 'post_max_size=64M', '-d', 'memory_limit=256M', '-S', `127.0.0.1:${port}`, '-t', WORDPRESS, join(HERE, 'router.php')], { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    children.push(php);
    let phpLog = '';
    php.stderr.on('data', (chunk) => (phpLog = (phpLog + chunk).slice(-4000)));
    await until(() => fetch(`${url}wp-login.php`).then((r) => r.status > 0), 'php -S');

    const install = await fetch(`${url}wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: 'Ein Blog',
        user_name: ADMIN.login,
        admin_password: ADMIN.password,
        admin_password2: ADMIN.password,
        pw_weak: '1',
        admin_email: 'admin@example.com',
        blog_public: '0',
      }),
    });
    const page = await install.text();
    if (!install.ok || !/Success|Erfolg/.test(page)) {
      const debug = await readFile(join(work, 'debug.log'), 'utf8').catch(() => '');
      throw new Error(`wordpress: install failed (${install.status}): ${page.slice(0, 500)}\n${debug.slice(-2000)}\n${phpLog}`);
    }

    const setup = async (action, input = {}) => {
      const { stdout } = await run('php', [join(HERE, 'setup.php'), `127.0.0.1:${port}`, action, JSON.stringify(input)], { env });
      return JSON.parse(stdout);
    };
    return { url, content, work, setup, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
