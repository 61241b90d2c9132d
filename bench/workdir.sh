# Sourced by the benchmark scripts: makes "$work", the folder a run works in, and removes it on exit
# (after stopping the nginx whose pid is in "$work/nginx.pid").
#
# FRESH_EXT4=1 (root): everything happens on a new ext4 filesystem in a file, mounted for the
# run. On a filesystem where many files were deleted in the last minutes (earlier runs, the test
# suite), ext4's inode allocator steps over the recently freed inodes one by one, and that search
# is most of the time of whichever side writes files first (bench/README.md).
# KEEP=1 keeps the folder (index, environments, caches) for a closer look (not with FRESH_EXT4).
bench_mount_point=
bench_image=
if [ "${FRESH_EXT4:-0}" = 1 ]; then
    bench_image=$(mktemp)
    bench_mount_point=$(mktemp -d)
    truncate -s 8G "$bench_image"
    mkfs.ext4 -q -F -E lazy_itable_init=0,lazy_journal_init=0 "$bench_image" # no initialization during the run
    mount -o loop "$bench_image" "$bench_mount_point"
    chmod 0755 "$bench_mount_point"
    work="$bench_mount_point/run"
    mkdir "$work"
else
    work=$(mktemp -d)
fi
chmod 0755 "$work" # nginx's workers (www-data when started as root) must read the index
bench_cleanup() {
    kill "$(cat "$work/nginx.pid" 2>/dev/null)" 2>/dev/null || true
    if [ -n "$bench_mount_point" ]; then
        sleep 0.2 # nginx lets go of the index
        umount "$bench_mount_point" && rm -rf "$bench_mount_point" "$bench_image"
    elif [ -z "${KEEP:-}" ]; then
        rm -rf "$work"
    fi
}
trap bench_cleanup EXIT
