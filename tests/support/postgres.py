"""A throwaway PostgreSQL cluster for tests.

    cluster = PostgresCluster.start()      # initdb + pg_ctl start, a few seconds
    cluster.url                            # postgresql://postgres@127.0.0.1:PORT/postgres
    url = cluster.create_database("t_1")   # postgresql://postgres@127.0.0.1:PORT/t_1
    cluster.drop_database("t_1")
    cluster.stop()                         # stop the server, remove its directory

The cluster lives in a fresh temp dir, listens on 127.0.0.1 on a free port and
on a unix socket in that dir, uses trust auth and no durability (fsync,
synchronous_commit and full_page_writes off). initdb refuses to run as root, so
as root the dir is owned by the ``postgres`` system user (created if missing)
and initdb/pg_ctl run as that user; otherwise they run as the current user.

Binaries are looked up in $TORQUEC_PG_BINDIR, PATH, /usr/local/bin and
/usr/lib/postgresql/*/bin (highest version first). ``find_bindir()`` returns
None when there are none; ``PostgresCluster.start()`` then raises
``PostgresUnavailable``.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

__all__ = ["PostgresCluster", "PostgresUnavailable", "PostgresStartError", "find_bindir"]

_BINARIES = ("initdb", "pg_ctl", "postgres")
_PG_USER = "postgres"


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL server binaries are not installed."""


class PostgresStartError(RuntimeError):
    """The binaries exist but the cluster could not be created or started."""


def _has_all(d: str | os.PathLike) -> bool:
    return all(os.access(os.path.join(d, b), os.X_OK) for b in _BINARIES)


def _version_key(d: str) -> tuple:
    m = re.search(r"/postgresql/(\d+)(?:\.(\d+))?/", d + "/")
    return (int(m.group(1)), int(m.group(2) or 0)) if m else (0, 0)


def find_bindir() -> str | None:
    """Directory holding initdb, pg_ctl and postgres, or None."""
    candidates: list[str] = []
    if os.environ.get("TORQUEC_PG_BINDIR"):
        candidates.append(os.environ["TORQUEC_PG_BINDIR"])
    which = shutil.which("initdb")
    if which:
        candidates.append(os.path.dirname(which))
    candidates.append("/usr/local/bin")
    candidates.extend(sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True))
    for d in candidates:
        if _has_all(d):
            return d
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ensure_pg_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(_PG_USER)
    except KeyError:
        pass
    subprocess.run(
        ["useradd", "-r", "-m", "-s", "/bin/sh", _PG_USER],
        check=True, capture_output=True, text=True,
    )
    return pwd.getpwnam(_PG_USER)


class PostgresCluster:
    """A running throwaway cluster. Use :meth:`start` to create one."""

    def __init__(self, bindir: str, base: Path, port: int, run_as: pwd.struct_passwd | None):
        self.bindir = bindir
        self.base = base                  # temp dir: data/, server.log, unix socket
        self.datadir = base / "data"
        self.logfile = base / "server.log"
        self.socket_dir = str(base)
        self.host = "127.0.0.1"
        self.port = port
        self.user = "postgres"            # database superuser name (initdb -U)
        self._run_as = run_as
        self._running = False

    # -- lifecycle ---------------------------------------------------------

    @classmethod
    def start(cls, bindir: str | None = None, *, attempts: int = 3) -> "PostgresCluster":
        bindir = bindir or find_bindir()
        if not bindir:
            raise PostgresUnavailable(
                "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found on PATH, "
                "/usr/local/bin or /usr/lib/postgresql/*/bin; run `bash scripts/setup.sh` "
                "or `apt-get install postgresql-15`"
            )
        run_as = _ensure_pg_user() if os.geteuid() == 0 else None
        # As root use /tmp so the postgres user can reach the dir; keep the
        # path short either way (unix socket paths are limited to ~107 bytes).
        parent = "/tmp" if run_as or len(tempfile.gettempdir()) > 60 else None
        base = Path(tempfile.mkdtemp(prefix="torquec-pg-", dir=parent))
        os.chmod(base, 0o700)
        if run_as:
            os.chown(base, run_as.pw_uid, run_as.pw_gid)
        cluster = cls(bindir, base, 0, run_as)
        try:
            cluster._initdb()
            last: Exception | None = None
            for _ in range(attempts):          # retry if the free port got taken
                cluster.port = _free_port()
                cluster._configure()
                try:
                    cluster._pg_ctl_start()
                    break
                except PostgresStartError as e:
                    last = e
            else:
                raise last  # type: ignore[misc]
        except BaseException:
            cluster.stop()
            raise
        atexit.register(cluster.stop)
        return cluster

    def stop(self) -> None:
        """Stop the server (immediate mode, data is thrown away) and remove its dir."""
        if self._running or (self.datadir / "postmaster.pid").exists():
            self._run([self._bin("pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop"],
                      check=False)
            self._running = False
        if self.base.exists():
            shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> "PostgresCluster":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- URLs and databases ------------------------------------------------

    @property
    def url(self) -> str:
        return self.url_for("postgres")

    def url_for(self, dbname: str) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres", **kwargs):
        import psycopg

        return psycopg.connect(self.url_for(dbname), **kwargs)

    def create_database(self, name: str) -> str:
        """Create an empty database; return its URL."""
        from psycopg import sql

        with self.connect(autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, disconnecting any remaining sessions."""
        from psycopg import sql

        with self.connect(autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    # -- internals ---------------------------------------------------------

    def _bin(self, name: str) -> str:
        return os.path.join(self.bindir, name)

    def _run(self, args: list[str], check: bool = True, timeout: float = 60) -> subprocess.CompletedProcess:
        env = dict(os.environ, LC_ALL="C", LANG="C", TZ="UTC")
        env.pop("PGDATA", None)
        kw: dict = {}
        if self._run_as:
            env.update(HOME=self._run_as.pw_dir or str(self.base), USER=_PG_USER, LOGNAME=_PG_USER)
            kw.update(user=self._run_as.pw_uid, group=self._run_as.pw_gid, extra_groups=[])
        # stdin/stdout/stderr must not be pipes the daemonised postmaster
        # could inherit; pg_ctl -l redirects the server's output to a file.
        out = self.base / "cmd.out"
        with open(out, "w+b") as fh:
            if self._run_as:
                os.fchown(fh.fileno(), self._run_as.pw_uid, self._run_as.pw_gid)
            proc = subprocess.run(args, stdin=subprocess.DEVNULL, stdout=fh, stderr=subprocess.STDOUT,
                                  cwd=str(self.base), env=env, timeout=timeout, **kw)
            fh.seek(0)
            text = fh.read().decode(errors="replace")
        result = subprocess.CompletedProcess(args, proc.returncode, text, "")
        if check and proc.returncode != 0:
            raise PostgresStartError(f"{' '.join(args)} failed (exit {proc.returncode}):\n{text[-3000:]}")
        return result

    def _initdb(self) -> None:
        self._run([
            self._bin("initdb"), "-D", str(self.datadir), "-U", self.user,
            "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
        ])
        hba = self.datadir / "pg_hba.conf"
        hba.write_text(
            "local all all trust\n"
            "host  all all 127.0.0.1/32 trust\n"
            "host  all all ::1/128 trust\n"
        )

    def _configure(self) -> None:
        conf = self.datadir / "postgresql.auto.conf"
        conf.write_text(
            "# written by tests/support/postgres.py\n"
            "listen_addresses = '127.0.0.1'\n"
            f"port = {self.port}\n"
            f"unix_socket_directories = '{self.socket_dir}'\n"
            "fsync = off\n"
            "synchronous_commit = off\n"
            "full_page_writes = off\n"
            "max_connections = 200\n"
            "shared_buffers = 64MB\n"
            "max_wal_size = 1GB\n"
            "checkpoint_timeout = 30min\n"
            "logging_collector = off\n"
            "log_min_messages = warning\n"
            "timezone = 'UTC'\n"
        )
        if self._run_as:
            os.chown(conf, self._run_as.pw_uid, self._run_as.pw_gid)

    def _pg_ctl_start(self) -> None:
        t0 = time.monotonic()
        res = self._run([
            self._bin("pg_ctl"), "-D", str(self.datadir), "-l", str(self.logfile),
            "-w", "-t", "60", "start",
        ], check=False, timeout=90)
        if res.returncode != 0:
            log = self.logfile.read_text(errors="replace")[-3000:] if self.logfile.exists() else ""
            raise PostgresStartError(
                f"pg_ctl start failed (exit {res.returncode}) after {time.monotonic() - t0:.1f}s:\n"
                f"{res.stdout[-2000:]}\n--- server.log ---\n{log}"
            )
        self._running = True

    def __repr__(self) -> str:
        return f"<PostgresCluster {self.url} dir={self.base}>"
