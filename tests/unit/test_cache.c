/* test_cache.c - compiled matchers on disk: an image maps back to the same
 * automaton and the same candidates; damaged, truncated or foreign images
 * are never used; a guess at the image (the one used last) is taken only
 * by its own gazetteer; the folder keeps the images used last; the default
 * folder follows the environment. */
#include "testutil.h"

#include <dirent.h>
#include <stdbool.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "testmatch.h"

/* Rows with every case rule, a short form and keys that share a group. */
static const char *const gaz_tsv = "id\ttype\tname\taliases\n"
                                   "jpn\tcountry\tJapan\tJP|Nippon\n"
                                   "aus\tcountry\tAustralia\tAU|Commonwealth of Australia\n"
                                   "marles\tperson\tRichard Marles\t~Marles\n"
                                   "aukus\tagreement\tAUKUS\tAUKUS Pillar 2\n"
                                   "space\tissue\tspace security\tcounterspace\n"
                                   "apt41\tgroup\tAPT41\tDouble Dragon|Double-Dragon\n"
                                   "quad\tgroup\tQuad\tQUAD\n";

static const char *const text =
    "Richard Marles met JP officials; Marles said AUKUS Pillar 2 and the Commonwealth of Australia "
    "would act on counterspace. APT41, also called Double Dragon, tested space security; the QUAD met.";

/* A gazetteer big enough for dense states and long runs: the fixed rows
 * and n generated names sharing first words. */
static char *big_tsv(size_t n, const char *extra)
{
    buf b = {0};
    buf_puts(&b, gaz_tsv);
    static const char *const first[] = {"North", "South", "New", "Port", "San", "Saint", "Lake", "Fort"};
    for (size_t i = 0; i < n; i++) {
        char row[160];
        snprintf(row, sizeof row, "gen-%zu\tlocation\t%s Town%zu\tTown%zu City|%s T%zu\n", i, first[i % 8], i, i,
                 first[(i + 3) % 8], i);
        buf_puts(&b, row);
    }
    if (extra)
        buf_puts(&b, extra);
    buf_putc(&b, '\0');
    return b.data;
}

/* The matcher through dir as a run gets it: mapped from a sound image
 * (*hit), else built, its image written. */
static matcher *cached_matcher(const gaz *g, const char *dir, bool *hit)
{
    cache_key k;
    bool keyed = dir && match_cache_key(&k, g) == 0;
    matcher *m = keyed ? match_from_cache(g, dir, &k) : NULL;
    *hit = m != NULL;
    if (!m) {
        m = match_new(g);
        if (keyed)
            match_to_cache(m, g, dir, &k);
    }
    return m;
}

/* A fresh cache folder under /tmp. */
static void temp_dir(char *out)
{
    strcpy(out, "/tmp/entgraph_test_cache_XXXXXX");
    assert_non_null(mkdtemp(out));
}

static void remove_dir(const char *dir)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    for (struct dirent *de; (de = readdir(d)) != NULL;)
        if (de->d_name[0] != '.' || (de->d_name[1] && strcmp(de->d_name, "..") != 0))
            unlinkat(dirfd(d), de->d_name, 0);
    closedir(d);
    rmdir(dir);
}

/* The one image file in dir (its path into out); fails if not exactly one. */
static size_t images_in(const char *dir, char *out)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    size_t n = 0;
    for (struct dirent *de; (de = readdir(d)) != NULL;)
        if (strncmp(de->d_name, "matcher-", 8) == 0) {
            if (out)
                sprintf(out, "%s/%s", dir, de->d_name);
            n++;
        }
    closedir(d);
    return n;
}

/* Candidates of text as "start-end:alias,alias;". */
static char *render(const matcher *m, const gaz *g, const char *t)
{
    doc d = {0};
    match_scratch s = {0};
    tm_doc(&d, t);
    match_doc(m, g, &d, &s);
    buf b = {0};
    for (size_t i = 0; i < s.n_cands; i++) {
        char part[64];
        snprintf(part, sizeof part, "%u-%u:", s.cands[i].nstart, s.cands[i].nend);
        buf_puts(&b, part);
        for (uint32_t k = 0; k < s.cands[i].count; k++) {
            snprintf(part, sizeof part, "%u,", s.aliases[s.cands[i].first + k]);
            buf_puts(&b, part);
        }
        buf_putc(&b, ';');
    }
    buf_putc(&b, '\0');
    match_scratch_free(&s);
    doc_free(&d);
    return b.data;
}

/* The first run builds and leaves an image; the second maps it, and its
 * automaton's arrays are the built one's byte for byte, so every text
 * gives the same candidates. */
static void test_image_round_trip(void **state)
{
    (void)state;
    char dir[64];
    temp_dir(dir);
    gaz g;
    char *tsv = big_tsv(3000, NULL);
    tm_gaz(&g, tsv);
    bool hit = true;
    matcher *built = cached_matcher(&g, dir, &hit);
    assert_false(hit);
    assert_int_equal(images_in(dir, NULL), 1);
    matcher *mapped = cached_matcher(&g, dir, &hit);
    assert_true(hit);
    cache_part a[AC_PARTS], b[AC_PARTS];
    assert_int_equal(ac_parts(match_automaton(built), a), AC_PARTS);
    assert_int_equal(ac_parts(match_automaton(mapped), b), AC_PARTS);
    assert_ptr_not_equal(a[1].data, b[1].data);
    for (size_t i = 1; i < AC_PARTS; i++) {
        assert_int_equal(a[i].size, b[i].size);
        assert_memory_equal(a[i].data, b[i].data, a[i].size);
    }
    const char *texts[] = {text, "South Town17 and Fort T2999 met North Town8 in Town2999 City.",
                           "New T5, Saint Town13, San Town4 City, us and US."};
    for (size_t i = 0; i < 3; i++) {
        char *x = render(built, &g, texts[i]), *y = render(mapped, &g, texts[i]);
        assert_string_equal(x, y);
        assert_true(strlen(x) > 10);
        free(x);
        free(y);
    }
    match_free(mapped);
    match_free(built);
    gaz_free(&g);
    free(tsv);
    remove_dir(dir);
}

/* Flips one byte at offset at (from the end if negative), or cuts the file
 * to `cut` bytes (cut >= 0). */
static void damage(const char *path, long at, long cut)
{
    int fd = open(path, O_RDWR);
    assert_true(fd >= 0);
    struct stat st;
    assert_int_equal(fstat(fd, &st), 0);
    if (cut >= 0)
        assert_int_equal(ftruncate(fd, cut), 0);
    else {
        off_t off = at >= 0 ? at : st.st_size + at;
        unsigned char c;
        assert_int_equal(pread(fd, &c, 1, off), 1);
        c ^= 0x40;
        assert_int_equal(pwrite(fd, &c, 1, off), 1);
    }
    close(fd);
}

/* A damaged image (a byte in an array, in the part table, or cut short) is
 * not used: the run builds, gets the same candidates, and writes a sound
 * image again that the next run maps. */
static void test_damaged_image_rebuilt(void **state)
{
    (void)state;
    char dir[64], path[512];
    temp_dir(dir);
    gaz g;
    tm_gaz(&g, gaz_tsv);
    bool hit;
    matcher *m = cached_matcher(&g, dir, &hit);
    char *want = render(m, &g, text);
    match_free(m);
    assert_int_equal(images_in(dir, path), 1);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    const long how[][2] = {{st.st_size / 2, -1}, {-3, -1}, {70, -1}, {-1, st.st_size - 64}, {-1, 10}, {-1, 0}};
    for (size_t i = 0; i < sizeof how / sizeof how[0]; i++) {
        damage(path, how[i][0], how[i][1]);
        m = cached_matcher(&g, dir, &hit);
        assert_false(hit);
        char *got = render(m, &g, text);
        assert_string_equal(got, want);
        free(got);
        match_free(m);
        m = cached_matcher(&g, dir, &hit); /* rewritten whole */
        assert_true(hit);
        match_free(m);
    }
    free(want);
    gaz_free(&g);
    remove_dir(dir);
}

/* Another gazetteer (one alias more) is another key: its own image, and
 * neither is taken for the other. */
static void test_other_gazetteer_other_image(void **state)
{
    (void)state;
    char dir[64];
    temp_dir(dir);
    gaz g1, g2;
    tm_gaz(&g1, gaz_tsv);
    char *tsv2 = big_tsv(0, "nato\tgroup\tNATO\n");
    tm_gaz(&g2, tsv2);
    bool hit;
    match_free(cached_matcher(&g1, dir, &hit));
    matcher *m2 = cached_matcher(&g2, dir, &hit);
    assert_false(hit);
    assert_int_equal(images_in(dir, NULL), 2);
    char *x = render(m2, &g2, "NATO and Japan.");
    match_free(m2);
    m2 = cached_matcher(&g2, dir, &hit);
    assert_true(hit);
    char *y = render(m2, &g2, "NATO and Japan.");
    assert_string_equal(x, y);
    assert_non_null(strstr(x, "0-4:"));
    free(x);
    free(y);
    match_free(m2);
    gaz_free(&g1);
    gaz_free(&g2);
    free(tsv2);
    remove_dir(dir);
}

/* Dates every image in dir written in the last minute, but skip, to t:
 * images written within one clock tick would otherwise tie. */
static void date_fresh(const char *dir, time_t t, const char *skip)
{
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct stat st;
    struct timespec when[2] = {{0, UTIME_OMIT}, {t, 0}};
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (strncmp(de->d_name, "matcher-", 8) == 0 && strcmp(path, skip) != 0 && stat(path, &st) == 0 &&
            st.st_mtime > time(NULL) - 60)
            assert_int_equal(utimensat(AT_FDCWD, path, when, 0), 0);
    }
    closedir(d);
}

/* The folder keeps the CACHE_KEEP images used last: one mapped again just
 * before more are written outlives older ones written after it. */
static void test_folder_keeps_last_used(void **state)
{
    (void)state;
    char dir[64], first[512] = "";
    temp_dir(dir);
    enum { N = CACHE_KEEP + 3 };
    gaz g[N];
    char *tsv[N];
    bool hit;
    time_t now = time(NULL);
    for (size_t i = 0; i < N; i++) {
        char extra[64];
        snprintf(extra, sizeof extra, "x%zu\tgroup\tGroup %zu\n", i, i);
        tsv[i] = big_tsv(0, extra);
        tm_gaz(&g[i], tsv[i]);
        match_free(cached_matcher(&g[i], dir, &hit));
        assert_false(hit);
        if (i == 0)
            images_in(dir, first);
        if (i == CACHE_KEEP - 1) {
            match_free(cached_matcher(&g[0], dir, &hit)); /* used again: the newest */
            assert_true(hit);
        }
        date_fresh(dir, now - 1000 + (time_t)i, i >= CACHE_KEEP - 1 ? first : "");
        assert_int_equal(images_in(dir, NULL), i + 1 < CACHE_KEEP ? i + 1 : CACHE_KEEP);
    }
    match_free(cached_matcher(&g[0], dir, &hit));
    assert_true(hit);
    match_free(cached_matcher(&g[N - 1], dir, &hit));
    assert_true(hit);
    match_free(cached_matcher(&g[1], dir, &hit));
    assert_false(hit); /* among the three oldest: removed */
    for (size_t i = 0; i < N; i++) {
        gaz_free(&g[i]);
        free(tsv[i]);
    }
    remove_dir(dir);
}

/* The image used last, read as a guess before the gazetteer is parsed, is
 * taken only by its own gazetteer: another's image of the very same size
 * (its parts fit) is refused by its key. */
static void test_guess_only_its_own_image(void **state)
{
    (void)state;
    char dir[64], empty[64], path[512];
    temp_dir(dir);
    temp_dir(empty);
    assert_null(match_guess_read(empty)); /* no image: no guess */
    char *t1 = big_tsv(40, "x\tgroup\tGroup Alpha\n"), *t2 = big_tsv(40, "x\tgroup\tGroup Omega\n");
    gaz g1, g2;
    tm_gaz(&g1, t1);
    tm_gaz(&g2, t2);
    bool hit;
    match_free(cached_matcher(&g1, dir, &hit));
    images_in(dir, path);
    struct stat st1, st2;
    assert_int_equal(stat(path, &st1), 0);
    date_fresh(dir, time(NULL) - 100, ""); /* g1's image is the older */
    match_free(cached_matcher(&g2, dir, &hit));
    DIR *d = opendir(dir);
    assert_non_null(d);
    for (struct dirent *de; (de = readdir(d)) != NULL;) {
        char other[512];
        snprintf(other, sizeof other, "%s/%s", dir, de->d_name);
        if (strncmp(de->d_name, "matcher-", 8) == 0 && strcmp(other, path) != 0)
            assert_int_equal(stat(other, &st2), 0);
    }
    closedir(d);
    assert_int_equal(st1.st_size, st2.st_size); /* only the key tells them apart */
    cache_key k1, k2;
    assert_int_equal(match_cache_key(&k1, &g1), 0);
    assert_int_equal(match_cache_key(&k2, &g2), 0);
    assert_null(match_from_guess(match_guess_read(dir), &g1, &k1)); /* the newest is g2's */
    match_guess_free(match_guess_read(dir));                        /* a guess not taken */
    matcher *m = match_from_guess(match_guess_read(dir), &g2, &k2);
    assert_non_null(m);
    matcher *built = match_new(&g2);
    char *x = render(m, &g2, "Group Omega met Group Alpha and Japan."),
         *y = render(built, &g2, "Group Omega met Group Alpha and Japan.");
    assert_string_equal(x, y);
    free(x);
    free(y);
    match_free(built);
    match_free(m);
    gaz_free(&g1);
    gaz_free(&g2);
    free(t1);
    free(t2);
    remove_dir(dir);
    remove_dir(empty);
}

/* The folder's bytes are capped too: images past max_bytes in all go,
 * oldest first, but the one used last stays however big it is. */
static void test_trim_by_bytes(void **state)
{
    (void)state;
    char dir[64];
    temp_dir(dir);
    time_t now = time(NULL);
    for (int i = 0; i < 4; i++) { /* 1000 bytes each, i = 3 the newest */
        char path[128];
        snprintf(path, sizeof path, "%s/matcher-%d.bin", dir, i);
        FILE *fp = fopen(path, "w");
        assert_non_null(fp);
        for (int k = 0; k < 1000; k++)
            fputc('x', fp);
        fclose(fp);
        struct timespec when[2] = {{0, UTIME_OMIT}, {now - 100 + i, 0}};
        assert_int_equal(utimensat(AT_FDCWD, path, when, 0), 0);
    }
    cache_trim(dir, 8, 2500); /* room for two */
    assert_int_equal(images_in(dir, NULL), 2);
    char path[128];
    snprintf(path, sizeof path, "%s/matcher-3.bin", dir);
    assert_int_equal(access(path, F_OK), 0);
    snprintf(path, sizeof path, "%s/matcher-2.bin", dir);
    assert_int_equal(access(path, F_OK), 0);
    cache_trim(dir, 8, 10); /* smaller than any: the newest stays */
    assert_int_equal(images_in(dir, NULL), 1);
    snprintf(path, sizeof path, "%s/matcher-3.bin", dir);
    assert_int_equal(access(path, F_OK), 0);
    remove_dir(dir);
}

/* A folder that cannot be made is no cache: the matcher is built. A
 * temporary file left by a run that died is removed once it is old. */
static void test_unusable_folder_and_stale_temps(void **state)
{
    (void)state;
    gaz g;
    tm_gaz(&g, gaz_tsv);
    bool hit = true;
    matcher *m = cached_matcher(&g, "/dev/null/entgraph", &hit);
    assert_false(hit);
    char *x = render(m, &g, text);
    assert_true(strlen(x) > 10);
    free(x);
    match_free(m);
    m = cached_matcher(&g, NULL, &hit);
    assert_false(hit);
    match_free(m);

    char dir[64], stale[128], fresh[128];
    temp_dir(dir);
    snprintf(stale, sizeof stale, "%s/.matcher-0123.99.tmp", dir);
    snprintf(fresh, sizeof fresh, "%s/.matcher-4567.98.tmp", dir);
    FILE *fp = fopen(stale, "w"), *fq = fopen(fresh, "w");
    assert_non_null(fp);
    assert_non_null(fq);
    fclose(fp);
    fclose(fq);
    struct timespec old[2] = {{0, UTIME_OMIT}, {time(NULL) - 2 * 3600, 0}};
    assert_int_equal(utimensat(AT_FDCWD, stale, old, 0), 0);
    match_free(cached_matcher(&g, dir, &hit));
    assert_int_not_equal(access(stale, F_OK), 0);
    assert_int_equal(access(fresh, F_OK), 0);
    gaz_free(&g);
    remove_dir(dir);
}

/* Only a regular file of this user's is mapped: not a symbolic link to a
 * sound image, nor (when the tests run as root and can hand it over) a
 * sound image of another user's. */
static void test_only_own_regular_files(void **state)
{
    (void)state;
    char dir[64], path[512], moved[600];
    temp_dir(dir);
    gaz g;
    tm_gaz(&g, gaz_tsv);
    bool hit;
    match_free(cached_matcher(&g, dir, &hit));
    assert_int_equal(images_in(dir, path), 1);
    snprintf(moved, sizeof moved, "%s/sound.image", dir);
    assert_int_equal(rename(path, moved), 0);
    assert_int_equal(symlink(moved, path), 0);
    match_free(cached_matcher(&g, dir, &hit));
    assert_false(hit); /* and the link is replaced by a file of its own */
    struct stat st;
    assert_int_equal(lstat(path, &st), 0);
    assert_true(S_ISREG(st.st_mode));
    match_free(cached_matcher(&g, dir, &hit));
    assert_true(hit);
    if (geteuid() == 0) {
        assert_int_equal(chown(path, 65534, 65534), 0);
        match_free(cached_matcher(&g, dir, &hit));
        assert_false(hit);
    }
    unlink(moved);
    gaz_free(&g);
    remove_dir(dir);
}

/* Parts whose sizes do not fit the struct they come with are refused. */
static void test_parts_must_fit(void **state)
{
    (void)state;
    gaz g;
    tm_gaz(&g, gaz_tsv);
    matcher *m = match_new(&g);
    cache_part p[AC_PARTS];
    ac_parts(match_automaton(m), p);
    ac *a = ac_from_parts(p, AC_PARTS);
    assert_non_null(a);
    ac_free(a); /* borrowed: m's arrays stay */
    p[2].size -= 8;
    assert_null(ac_from_parts(p, AC_PARTS));
    p[2].size += 8;
    assert_null(ac_from_parts(p, AC_PARTS - 1));
    p[0].size--;
    assert_null(ac_from_parts(p, AC_PARTS));
    match_free(m);
    gaz_free(&g);
}

/* The default folder: $ENTGRAPH_CACHE ("" and "off": none), else
 * $XDG_CACHE_HOME/entgraph, else $HOME/.cache/entgraph. */
static void test_default_folder(void **state)
{
    (void)state;
    char out[256];
    setenv("ENTGRAPH_CACHE", "/x/y", 1);
    assert_string_equal(cache_dir_default(out, sizeof out), "/x/y");
    setenv("ENTGRAPH_CACHE", "off", 1);
    assert_null(cache_dir_default(out, sizeof out));
    setenv("ENTGRAPH_CACHE", "", 1);
    assert_null(cache_dir_default(out, sizeof out));
    unsetenv("ENTGRAPH_CACHE");
    setenv("XDG_CACHE_HOME", "/xdg", 1);
    setenv("HOME", "/home/u", 1);
    assert_string_equal(cache_dir_default(out, sizeof out), "/xdg/entgraph");
    setenv("XDG_CACHE_HOME", "relative", 1); /* not absolute: ignored, as the spec says */
    assert_string_equal(cache_dir_default(out, sizeof out), "/home/u/.cache/entgraph");
    unsetenv("XDG_CACHE_HOME");
    unsetenv("HOME");
    assert_null(cache_dir_default(out, sizeof out));
    setenv("ENTGRAPH_CACHE", "/a/long/path", 1);
    assert_null(cache_dir_default(out, 8)); /* does not fit out */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_image_round_trip),
        cmocka_unit_test(test_damaged_image_rebuilt),
        cmocka_unit_test(test_other_gazetteer_other_image),
        cmocka_unit_test(test_folder_keeps_last_used),
        cmocka_unit_test(test_guess_only_its_own_image),
        cmocka_unit_test(test_trim_by_bytes),
        cmocka_unit_test(test_unusable_folder_and_stale_temps),
        cmocka_unit_test(test_only_own_regular_files),
        cmocka_unit_test(test_parts_must_fit),
        cmocka_unit_test(test_default_folder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
