#!/usr/bin/env bash
# Starts and stops the PostgreSQL server the team-corpus tests use: a fresh cluster in a
# temporary folder, on a Unix socket there and a free loopback port, never the machine's own
# cluster. PostgreSQL refuses to run as root, so under root the server runs as the `postgres`
# system user (the package makes it). Sockets and local logins are trusted; TCP logins need a
# password (scram-sha-256), so the tests can check wrong passwords.
#
#   testserver.sh start STATE   writes "dir port admin" to STATE once the server accepts logins
#   testserver.sh stop STATE    stops the server in STATE and removes its folder
#
# The tests need little memory (32 MB of shared buffers); a benchmark sets
# PIZHU_PG_SHARED_BUFFERS to give the server the cache a real one has (Debian's default is 128MB,
# PostgreSQL's manual suggests a quarter of the memory of a machine that serves a database).
set -euo pipefail

command=${1:-}
state=${2:-}
if [ -z "$command" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE-FILE" >&2
    exit 2
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "testserver: PostgreSQL is not installed (bash .ci/install-dependencies installs it)" >&2
    exit 1
fi

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -e "$state" ] || return 0
    local dir
    read -r dir _ <"$state"
    if [ -d "$dir/data" ]; then
        as_server_user "$bin/pg_ctl" stop -D "$dir/data" -m immediate -w >/dev/null 2>&1 || true
    fi
    case "$dir" in
        /tmp/pizhu-pg.*) rm -rf --one-file-system "$dir" ;;
    esac
    rm -f "$state"
}

case "$command" in
    stop)
        stop
        ;;
    start)
        stop # a server left by a run that was killed
        dir=$(mktemp -d /tmp/pizhu-pg.XXXXXX)
        chmod 0755 "$dir"
        if [ "$(id -u)" -eq 0 ]; then
            chown postgres: "$dir"
        fi
        port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        admin=pizhu_admin
        as_server_user "$bin/initdb" -D "$dir/data" -U "$admin" -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; exit 1; }
        # No /dev/shm is needed (mmap), and nothing here must survive a crash (fsync off).
        options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir"
        options+=" -c dynamic_shared_memory_type=mmap -c fsync=off -c full_page_writes=off"
        options+=" -c max_connections=60 -c shared_buffers=${PIZHU_PG_SHARED_BUFFERS:-32MB}"
        if ! as_server_user "$bin/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "$options" >/dev/null; then
            cat "$dir/server.log" >&2
            exit 1
        fi
        echo "$dir $port $admin" >"$state"
        ;;
    *)
        echo "usage: $0 start|stop STATE-FILE" >&2
        exit 2
        ;;
esac
