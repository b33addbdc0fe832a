/* cache.c - compiled matchers kept on disk between runs (see cache.h).
 *
 * File layout: a header (magic, key, sizes, checksum), the part table
 * (offset and size of each part), then the parts, each at a 64-byte
 * aligned offset. The checksum covers everything after the header, so a
 * file is used only if every byte is as written. */
#define _GNU_SOURCE /* dl_iterate_phdr: the build id */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "out.h"
#include "util.h"

#define CACHE_MAGIC "EGMATCH1"
#define CACHE_PREFIX "matcher-"
#define CACHE_SUFFIX ".bin"
#define STALE_TEMP_SECONDS 3600 /* a temporary file this old is left over from a crash */

typedef struct {
    char magic[8];
    uint64_t key[2];
    uint64_t size; /* of the whole file */
    uint64_t sum;  /* of the bytes after the header */
    uint64_t nparts;
    uint64_t pad[2]; /* the header is 64 bytes */
} header;

typedef struct {
    uint64_t offset, size;
} part_entry;

struct cache_map {
    void *base;
    size_t size;
    uint64_t key[2]; /* the image's key (its header's) */
};

_Static_assert(sizeof(header) == 64, "the header is one cache line");

static int note_build_id(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    cache_key *k = arg;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE)
            continue;
        const unsigned char *p = (const unsigned char *)(info->dlpi_addr + ph->p_vaddr), *end = p + ph->p_memsz;
        while (p + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *nh = (const void *)p;
            size_t name = (nh->n_namesz + 3) & ~(size_t)3, desc = (nh->n_descsz + 3) & ~(size_t)3;
            const unsigned char *d = p + sizeof *nh + name;
            if (d + desc > end)
                break;
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && memcmp(p + sizeof *nh, "GNU", 4) == 0 &&
                nh->n_descsz > 0) {
                cache_key_add(k, d, nh->n_descsz);
                return 1;
            }
            p = d + desc;
        }
    }
    return 1; /* the first object is the program: stop there */
}

int cache_key_init(cache_key *k)
{
    k->h[0] = 0x6A09E667F3BCC908ull;
    k->h[1] = 0xBB67AE8584CAA73Bull;
    k->fill = 0;
    dl_iterate_phdr(note_build_id, k);
    return k->fill > 0 ? 0 : -1;
}

/* A full chunk goes into both halves of the key, each with its own seed. */
static void key_flush(cache_key *k)
{
    k->h[0] = eg_hash_seeded(k->chunk, k->fill, k->h[0]);
    k->h[1] = eg_hash_seeded(k->chunk, k->fill, k->h[1] ^ 0x3C6EF372FE94F82Bull);
    k->fill = 0;
}

void cache_key_add(cache_key *k, const void *p, size_t n)
{
    const unsigned char *s = p;
    while (n > 0) {
        if (k->fill == sizeof k->chunk)
            key_flush(k);
        size_t take = sizeof k->chunk - k->fill < n ? sizeof k->chunk - k->fill : n;
        memcpy(k->chunk + k->fill, s, take);
        k->fill += take;
        s += take;
        n -= take;
    }
}

void cache_key_end(cache_key *k)
{
    key_flush(k);
}

const char *cache_dir_default(char *out, size_t cap)
{
    const char *env = getenv("ENTGRAPH_CACHE"), *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int n;
    if (env)
        n = *env && strcmp(env, "off") != 0 ? snprintf(out, cap, "%s", env) : -1;
    else if (xdg && *xdg == '/')
        n = snprintf(out, cap, "%s/entgraph", xdg);
    else if (home && *home == '/')
        n = snprintf(out, cap, "%s/.cache/entgraph", home);
    else
        n = -1;
    return n > 0 && (size_t)n < cap ? out : NULL;
}

static int image_path(char *out, size_t cap, const char *dir, const cache_key *k)
{
    int n = snprintf(out, cap, "%s/" CACHE_PREFIX "%016llx%016llx" CACHE_SUFFIX, dir, (unsigned long long)k->h[0],
                     (unsigned long long)k->h[1]);
    return n > 0 && (size_t)n < cap ? 0 : -1;
}

static size_t align64(size_t n)
{
    return (n + 63) & ~(size_t)63;
}

/* The checksum: four lanes of eight bytes (eg_hash's mixing step) over
 * the file after its header, padding included, in 32-byte steps. A lane
 * waits for its own multiplies only: a 13 MB image takes a quarter of the
 * time of one chain, about what reading it from memory takes. */
static void sum_feed(uint64_t h[4], const unsigned char *s, size_t n)
{
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (; n >= 32; s += 32, n -= 32) {
        uint64_t w[4];
        memcpy(w, s, sizeof w);
        a = (a ^ w[0]) * 0xC4CEB9FE1A85EC53ull;
        b = (b ^ w[1]) * 0xC4CEB9FE1A85EC53ull;
        c = (c ^ w[2]) * 0xC4CEB9FE1A85EC53ull;
        d = (d ^ w[3]) * 0xC4CEB9FE1A85EC53ull;
        a ^= a >> 29;
        b ^= b >> 29;
        c ^= c >> 29;
        d ^= d >> 29;
    }
    h[0] = a, h[1] = b, h[2] = c, h[3] = d;
}

static const uint64_t sum_seed[4] = {0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull,
                                     0x082EFA98EC4E6C89ull};

static uint64_t sum_end(const uint64_t h[4])
{
    return eg_hash_seeded(h, 4 * sizeof *h, 0xA54FF53A5F1D36F1ull);
}

/* An image is mapped (MAP_POPULATE: its pages in one call, not a fault
 * each), not read into memory of the process's own. Fresh memory is the
 * dearest thing on this VM once it has sat idle a second or two (the host
 * takes back free guest pages), and a read copies the image into 13 MB of
 * it; a mapping takes the page cache's pages. Mapped against read, medians
 * of alternating runs, each binary its own cache folder: a tiny run with
 * the bench's 36k aliases after 2 s idle 41 against 47 ms, and 44 against
 * 65 ms with the image out of the page cache too (as it is here after some
 * minutes); 100 MB after 2 s idle 0.570 against 0.595 s. Back to back,
 * with nothing fresh to pay for, a read is ahead: tiny 15 against 12 ms
 * (21 against 13 ms out of the page cache), 100 MB 0.470-0.500 against
 * 0.435-0.475 s (a read image's huge pages, freed after the scan, serve
 * the end phase). Images are replaced only by a rename (cache_save),
 * never rewritten in place, so the pages checked are the pages used.
 * NULL if it cannot. */
static void *map_image(int fd, size_t size)
{
    void *p = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* The image at path, mapped and checked whole: cache_load's work, its key
 * checked against k, or any key if k is NULL. */
static cache_map *load_path(const char *path, const cache_key *k, cache_part *parts, size_t max_parts, size_t *n)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return NULL;
    struct stat st;
    void *base = NULL;
    /* only a file of this user's: in a folder others may write to, theirs
     * could pass every check below and still hold what they chose */
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
        (uint64_t)st.st_size >= sizeof(header) && (uint64_t)st.st_size <= SIZE_MAX && st.st_size % 64 == 0)
        base = map_image(fd, (size_t)st.st_size); /* write_image pads to 64 bytes */
    if (base)
        futimens(fd, NULL); /* used now: the folder keeps the images used last */
    close(fd);
    if (!base)
        return NULL;
    size_t size = (size_t)st.st_size;
    const unsigned char *b = base;
    header h;
    memcpy(&h, b, sizeof h);
    const part_entry *table = (const void *)(b + sizeof h); /* 8-byte aligned: the image is */
    bool ok = memcmp(h.magic, CACHE_MAGIC, 8) == 0 && (!k || (h.key[0] == k->h[0] && h.key[1] == k->h[1])) &&
              h.size == size && h.nparts <= max_parts && h.nparts <= CACHE_MAX_PARTS &&
              sizeof h + h.nparts * sizeof *table <= size;
    for (size_t i = 0; ok && i < h.nparts; i++) {
        ok = table[i].offset % 64 == 0 && table[i].offset <= size && table[i].size <= size - table[i].offset;
        parts[i] = (cache_part){b + table[i].offset, (size_t)table[i].size};
    }
    uint64_t sum[4] = {sum_seed[0], sum_seed[1], sum_seed[2], sum_seed[3]};
    if (ok)
        sum_feed(sum, b + sizeof h, size - sizeof h); /* size - 64 is a multiple of 64: write_image pads */
    if (!ok || sum_end(sum) != h.sum) {
        munmap(base, size);
        return NULL;
    }
    *n = (size_t)h.nparts;
    cache_map *m = xmalloc(sizeof *m);
    *m = (cache_map){base, size, {h.key[0], h.key[1]}};
    return m;
}

cache_map *cache_load(const char *dir, const cache_key *k, cache_part *parts, size_t max_parts, size_t *n)
{
    char path[4096];
    if (!dir || image_path(path, sizeof path, dir, k) < 0)
        return NULL;
    return load_path(path, k, parts, max_parts, n);
}

int cache_map_is(const cache_map *m, const cache_key *k)
{
    return m->key[0] == k->h[0] && m->key[1] == k->h[1];
}

void cache_unmap(cache_map *m)
{
    if (!m)
        return;
    munmap(m->base, m->size);
    free(m);
}

static int write_all(int fd, const void *p, size_t n)
{
    const char *s = p;
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        s += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Writes the image: header, part table, parts, each zero padded to the
 * next 64-byte offset. The checksum is the one cache_load computes over
 * the file's bytes after the header, fed here piece by piece. */
static int write_image(int fd, const cache_key *k, const cache_part *parts, size_t n)
{
    unsigned char head[64 + CACHE_MAX_PARTS * sizeof(part_entry) + 64] = {0}; /* header, table, padding */
    part_entry *table = (part_entry *)(void *)(head + sizeof(header));
    size_t head_size = align64(sizeof(header) + n * sizeof *table), at = head_size;
    for (size_t i = 0; i < n; i++) {
        table[i] = (part_entry){at, parts[i].size};
        at = align64(at + parts[i].size);
    }
    uint64_t sum[4] = {sum_seed[0], sum_seed[1], sum_seed[2], sum_seed[3]};
    sum_feed(sum, head + sizeof(header), head_size - sizeof(header));
    unsigned char tails[CACHE_MAX_PARTS][64] = {{0}}; /* each part's last bytes, zero padded */
    for (size_t i = 0; i < n; i++) {
        size_t whole = parts[i].size & ~(size_t)63, rest = parts[i].size - whole;
        sum_feed(sum, parts[i].data, whole);
        memcpy(tails[i], (const unsigned char *)parts[i].data + whole, rest);
        sum_feed(sum, tails[i], rest ? 64 : 0);
    }
    header h = {.key = {k->h[0], k->h[1]}, .size = at, .nparts = n, .sum = sum_end(sum)};
    memcpy(h.magic, CACHE_MAGIC, 8);
    memcpy(head, &h, sizeof h);
    if (write_all(fd, head, head_size) < 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        size_t whole = parts[i].size & ~(size_t)63, rest = parts[i].size - whole;
        if (write_all(fd, parts[i].data, whole) < 0 || write_all(fd, tails[i], rest ? 64 : 0) < 0)
            return -1;
    }
    return 0;
}

typedef struct {
    char name[256];
    struct timespec used;
    uint64_t size;
} image_file;

static int by_used_desc(const void *x, const void *y)
{
    const struct timespec *a = &((const image_file *)x)->used, *b = &((const image_file *)y)->used;
    if (a->tv_sec != b->tv_sec)
        return a->tv_sec < b->tv_sec ? 1 : -1;
    if (a->tv_nsec != b->tv_nsec)
        return a->tv_nsec < b->tv_nsec ? 1 : -1;
    return strcmp(((const image_file *)x)->name, ((const image_file *)y)->name);
}

static bool has_affix(const char *s, const char *prefix, const char *suffix)
{
    size_t n = strlen(s), a = strlen(prefix), b = strlen(suffix);
    return n >= a + b && memcmp(s, prefix, a) == 0 && strcmp(s + n - b, suffix) == 0;
}

/* The entry `name` of folder d into *f if it is a regular file (not
 * followed if a link) whose name fits f. */
static bool image_entry(DIR *d, const char *name, image_file *f)
{
    struct stat st;
    if (strlen(name) >= sizeof f->name || fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISREG(st.st_mode))
        return false;
    strcpy(f->name, name);
    f->used = st.st_mtim;
    f->size = (uint64_t)st.st_size;
    return true;
}

cache_map *cache_load_newest(const char *dir, cache_part *parts, size_t max_parts, size_t *n)
{
    DIR *d = dir ? opendir(dir) : NULL;
    if (!d)
        return NULL;
    image_file best = {.name = ""}, cand;
    for (struct dirent *de; (de = readdir(d)) != NULL;)
        if (has_affix(de->d_name, CACHE_PREFIX, CACHE_SUFFIX) && image_entry(d, de->d_name, &cand) &&
            (!best.name[0] || by_used_desc(&cand, &best) < 0))
            best = cand;
    closedir(d);
    char path[4096];
    int len = snprintf(path, sizeof path, "%s/%s", dir, best.name);
    return best.name[0] && len > 0 && (size_t)len < sizeof path ? load_path(path, NULL, parts, max_parts, n) : NULL;
}

void cache_trim(const char *dir, size_t keep, uint64_t max_bytes)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    image_file *v = NULL, f;
    size_t n = 0, cap = 0;
    time_t now = time(NULL);
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        bool image = has_affix(de->d_name, CACHE_PREFIX, CACHE_SUFFIX);
        bool temp = has_affix(de->d_name, "." CACHE_PREFIX, ".tmp");
        if ((!image && !temp) || !image_entry(d, de->d_name, &f))
            continue;
        if (temp) {
            if (now - f.used.tv_sec > STALE_TEMP_SECONDS)
                unlinkat(dirfd(d), de->d_name, 0);
            continue;
        }
        if (n == cap)
            v = xrealloc(v, (cap = cap ? 2 * cap : 16) * sizeof *v);
        v[n++] = f;
    }
    if (n > 1)
        qsort(v, n, sizeof *v, by_used_desc);
    uint64_t sum = 0;
    for (size_t i = 0; i < n; i++) {
        sum += v[i].size;
        if (i > 0 && (i >= keep || sum > max_bytes)) /* the newest one stays whatever its size */
            unlinkat(dirfd(d), v[i].name, 0);
    }
    free(v);
    closedir(d);
}

int cache_save(const char *dir, const cache_key *k, const cache_part *parts, size_t n)
{
    char path[4096], temp[4096];
    if (!dir || n > CACHE_MAX_PARTS || image_path(path, sizeof path, dir, k) < 0 ||
        out_mkdir_mode(dir, 0700, NULL) < 0) /* private: the images say which names a user looks for */
        return -1;
    int tn = snprintf(temp, sizeof temp, "%s/." CACHE_PREFIX "%016llx.%ld.tmp", dir, (unsigned long long)k->h[0],
                      (long)getpid());
    if (tn < 0 || (size_t)tn >= sizeof temp)
        return -1;
    unlink(temp); /* left by a run of the same pid, or put there by someone else */
    int fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    int rc = write_image(fd, k, parts, n);
    if (close(fd) != 0)
        rc = -1;
    if (rc == 0)
        rc = rename(temp, path);
    if (rc != 0) {
        unlink(temp);
        return -1;
    }
    cache_trim(dir, CACHE_KEEP, CACHE_MAX_BYTES);
    return 0;
}
