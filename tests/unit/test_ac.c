/* test_ac.c - the automaton: case and separator folding, word boundaries,
 * nested keys, and a randomised cross-check against a brute-force matcher. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "ac.h"
#include "ac_int.h" /* the trigram filter, the run table */
#include "norm.h"
#include "util.h"

static ac *build_list(const char *const *keys, size_t n)
{
    size_t *lens = xmalloc(n * sizeof *lens);
    for (size_t i = 0; i < n; i++)
        lens[i] = strlen(keys[i]);
    ac *a = ac_build(keys, lens, n);
    free(lens);
    return a;
}

/* Renders hits as "pattern@start-end," for compact comparisons. */
static const char *scan_str(const ac *a, const char *text, ac_hits *h)
{
    static char out[4096];
    size_t o = 0;
    ac_scan(a, text, strlen(text), h);
    out[0] = '\0';
    for (size_t i = 0; i < h->n && o < sizeof out - 40; i++)
        o += (size_t)snprintf(out + o, sizeof out - o, "%u@%u-%u,", h->v[i].pattern, h->v[i].start, h->v[i].end);
    return out;
}

static void test_nested_and_overlapping(void **state)
{
    (void)state;
    const char *keys[] = {"North Korea", "Korea", "US Strategic Command", "Strategic Command", "US"};
    ac *a = build_list(keys, 5);
    ac_hits h = {0};
    /* ordered by end, then start: the longer key first at a shared end */
    assert_string_equal(scan_str(a, "North Korea and US Strategic Command.", &h),
                        "0@0-11,1@6-11,4@16-18,2@16-36,3@19-36,");
    assert_string_equal(scan_str(a, "Korea", &h), "1@0-5,");
    assert_string_equal(scan_str(a, "", &h), "");
    free(h.v);
    ac_free(a);
}

static void test_word_boundaries(void **state)
{
    (void)state;
    const char *keys[] = {"Unit 7445", "U.S.", "ROK", "Austin", "Korea", "us"};
    ac *a = build_list(keys, 6);
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "Unit 74455 and Unit 7445", &h), "0@15-24,");
    assert_string_equal(scan_str(a, "the U.S.-ROK drill", &h), "1@4-8,2@9-12,");
    assert_string_equal(scan_str(a, "Austin's visit; Austins", &h), "3@0-6,");
    /* non-ASCII letters are word characters on either side */
    assert_string_equal(scan_str(a, "Korea\xc3\xa9 \xc3\xa9Korea Korea\xc2\xbb", &h), "4@16-21,");
    /* never inside a word: "us" in "business", "focus", "Muse" */
    assert_string_equal(scan_str(a, "business focus Muse us.", &h), "5@20-22,");
    assert_string_equal(scan_str(a, "7Korea Korea7 Korea_", &h), "4@14-19,");
    /* long words are skipped in blocks: the byte after the block still counts */
    assert_string_equal(scan_str(a,
                                 "Xylophonesxylophonesxylophonesxylophones Korea "
                                 "Koreaxylophonesxylophonesxylophones;Korea",
                                 &h),
                        "4@41-46,4@83-88,");
    free(h.v);
    ac_free(a);
}

static void test_case_and_separator_folding(void **state)
{
    (void)state;
    const char *keys[] = {"kim jong-un", "cyber"};
    ac *a = build_list(keys, 2);
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "KIM JONG UN", &h), "0@0-11,");
    assert_string_equal(scan_str(a, "Kim\nJong-Un", &h), "0@0-11,");
    assert_string_equal(scan_str(a, "Kim Jong\n\nUn", &h), ""); /* a paragraph break is two bytes */
    assert_string_equal(scan_str(a, "CYBER Cyber-attack cyberspace", &h), "1@0-5,1@6-11,");
    free(h.v);
    ac_free(a);
}

static void test_duplicates_report_lowest(void **state)
{
    (void)state;
    const char *keys[] = {"Seoul", "Korea", "SEOUL", "seoul"};
    ac *a = build_list(keys, 4);
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "seoul", &h), "0@0-5,");
    assert_int_equal(ac_canonical(a, 0), 0);
    assert_int_equal(ac_canonical(a, 1), 1);
    assert_int_equal(ac_canonical(a, 2), 0);
    assert_int_equal(ac_canonical(a, 3), 0);
    ac_free(a);
    a = ac_build(NULL, NULL, 0);
    assert_string_equal(scan_str(a, "anything at all", &h), "");
    assert_true(ac_memory(a) > 0);
    free(h.v);
    ac_free(a);
    ac_free(NULL);
}

/* Suffixes of a key inside a word must not be found, but the ones after a
 * separator must, even through the failure links of a longer partial match. */
static void test_failure_links_respect_word_starts(void **state)
{
    (void)state;
    const char *keys[] = {"ab ab ac", "ab ac", "bab", "b"};
    ac *a = build_list(keys, 4);
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "ab ab ab ac", &h), "0@3-11,1@6-11,");
    assert_string_equal(scan_str(a, "abab b", &h), "3@5-6,");
    free(h.v);
    ac_free(a);
}

/* Keys flagged capital-first are skipped at lower-case word starts, unless
 * an equal key without the flag wants them. */
static void test_capital_first_keys(void **state)
{
    (void)state;
    const char *keys[] = {"korea", "cyber", "un", "UN", "north korea"};
    size_t lens[] = {5, 5, 2, 2, 11};
    const uint8_t capfirst[] = {1, 0, 1, 1, 1};
    ac *a = ac_build_cased(keys, lens, capfirst, 5);
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "korea Korea cyber Cyber un UN", &h), "0@6-11,1@12-17,1@18-23,2@27-29,");
    /* a capital-first key is still found inside a longer match's span */
    assert_string_equal(scan_str(a, "North Korea", &h), "4@0-11,0@6-11,");
    ac_free(a);
    const uint8_t mixed[] = {1, 0, 0, 1, 1};
    a = ac_build_cased(keys, lens, mixed, 5);
    assert_string_equal(scan_str(a, "un UN", &h), "2@0-2,2@3-5,");
    free(h.v);
    ac_free(a);
}

/* Few trie nodes lie on the path of a key that may start in lower case,
 * and the builder skips the others eight at a time: such nodes among many
 * capital-first ones, at the start, in the middle and at the very end of
 * the trie, must each get their lower-case copy. */
static void test_lower_case_nodes_among_many(void **state)
{
    (void)state;
    char kb[40][4];
    const char *keys[43];
    size_t lens[43];
    uint8_t capfirst[43];
    for (int i = 0; i < 40; i++) { /* "caa" .. "cgf": capital first */
        snprintf(kb[i], sizeof kb[i], "c%c%c", 'a' + i / 6, 'a' + i % 6);
        keys[i] = kb[i];
        lens[i] = 3;
        capfirst[i] = 1;
    }
    keys[40] = "cdz"; /* in the middle of the trie */
    keys[41] = "a";   /* the first node */
    keys[42] = "zzz"; /* the last nodes */
    for (int i = 40; i < 43; i++) {
        lens[i] = strlen(keys[i]);
        capfirst[i] = 0;
    }
    ac *a = ac_build_cased(keys, lens, capfirst, 43);
    ac_hits h = {0};
    /* the capital-first keys are found with a capital only ("Cda": key 18) */
    char text[200] = "cdz a zzz";
    for (int i = 0; i < 40; i++)
        snprintf(text + strlen(text), sizeof text - strlen(text), " %s", kb[i]);
    size_t at = strlen(text);
    snprintf(text + at, sizeof text - at, " Cda");
    char want[64];
    snprintf(want, sizeof want, "40@0-3,41@4-5,42@6-9,18@%zu-%zu,", at + 1, at + 4);
    assert_string_equal(scan_str(a, text, &h), want);
    free(h.v);
    ac_free(a);
}

/* A lower-case word enters the trie only when its run of letters and digits
 * is the one a key starts with: runs cut by separators, digits, non-ASCII
 * letters, and runs that are a key's prefix or extend it. */
static void test_lower_case_gate(void **state)
{
    (void)state;
    const char *keys[] = {"missile defense", "g7", "cyber-attack", "a\xc3\xa9ro", "Korea", "x"};
    size_t lens[] = {15, 2, 12, 5, 5, 1};
    const uint8_t capfirst[] = {0, 0, 0, 0, 1, 0};
    ac *a = ac_build_cased(keys, lens, capfirst, 6);
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "missiles missile-defense missile\ndefense Missile Defense", &h),
                        "0@9-24,0@25-40,0@41-56,");
    assert_string_equal(scan_str(a, "g7 G7 g77 g7s g7", &h), "1@0-2,1@3-5,1@14-16,");
    assert_string_equal(scan_str(a, "cyberattack cyber attack cyber", &h), "2@12-24,");
    assert_string_equal(scan_str(a, "a\xc3\xa9ros a\xc3\xa9ro aero", &h), "3@7-12,");
    assert_string_equal(scan_str(a, "korea Korea", &h), "4@6-11,");
    assert_string_equal(scan_str(a, "xx x x1 x", &h), "5@3-4,5@8-9,");
    free(h.v);
    ac_free(a);
}

/* ---- brute force ---- */

static int fold(int b)
{
    if (b >= 'A' && b <= 'Z')
        return b + 32;
    if (b == '\n' || b == '-')
        return ' ';
    return b;
}

static void brute(const char *const *keys, const size_t *lens, size_t n, const char *text, size_t len, ac_hits *out)
{
    out->n = 0;
    for (size_t end = 1; end <= len; end++) {
        if (norm_word_at(text, len, end))
            continue;
        for (size_t start = 0; start < end; start++) {
            if (norm_word_before(text, start))
                continue;
            for (size_t k = 0; k < n; k++) {
                if (lens[k] != end - start)
                    continue;
                size_t j = 0;
                while (j < lens[k] && fold((unsigned char)keys[k][j]) == fold((unsigned char)text[start + j]))
                    j++;
                if (j == lens[k]) {
                    XGROW(out->v, out->cap, out->n + 1);
                    out->v[out->n++] = (ac_hit){(uint32_t)start, (uint32_t)end, (uint32_t)k};
                    break; /* lowest index */
                }
            }
        }
    }
}

static const char *const pieces[] = {"a", "b", "a",  "b", "A", "B",        "1",       " ",
                                     " ", "-", "\n", ".", "'", "\xc3\xa9", "\xc2\xbb"};
#define N_PIECES (sizeof pieces / sizeof pieces[0])

/* Words longer than eight bytes, some equal in their first eight: the
 * gate for capitals hashes eight bytes, the last one and the length. */
static const char *const long_pieces[] = {"abcdefgh", "Abcdefgh", "abcdefghi", "ABCDEFGHIJ", "abcdefghij", "x",
                                          "X",        "7",        " ",         "-",          "."};
#define N_LONG_PIECES (sizeof long_pieces / sizeof long_pieces[0])

static size_t random_from(char *dst, size_t max_pieces, unsigned *seed, const char *const *from, size_t n_from)
{
    size_t n = 1 + (size_t)rand_r(seed) % max_pieces, o = 0;
    for (size_t i = 0; i < n; i++) {
        const char *p = from[(size_t)rand_r(seed) % n_from];
        size_t l = strlen(p);
        memcpy(dst + o, p, l);
        o += l;
    }
    dst[o] = '\0';
    return o;
}

static bool lower_start(const char *text, const ac_hit *h)
{
    return text[h->start] >= 'a' && text[h->start] <= 'z';
}

static int hit_cmp(const ac_hit *x, const ac_hit *y)
{
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (int)x->pattern - (int)y->pattern;
}

/* got must be the brute-force hits, except that hits of capital-first
 * groups starting in lower case may be missing. */
static void compare_hits(const ac_hits *got, const ac_hits *want, const char *text, const uint8_t *group_lc)
{
    size_t g = 0;
    for (size_t w = 0; w < want->n; w++) {
        if (g < got->n && hit_cmp(&got->v[g], &want->v[w]) == 0) {
            g++;
            continue;
        }
        if (!group_lc || group_lc[want->v[w].pattern] || !lower_start(text, &want->v[w]))
            fail_msg("missing hit %u@%u-%u", want->v[w].pattern, want->v[w].start, want->v[w].end);
    }
    if (g != got->n)
        fail_msg("extra hit %u@%u-%u", got->v[g].pattern, got->v[g].start, got->v[g].end);
}

/* A hit's start is its end less its key's length, which the record of
 * the state that ends the key holds for keys up to 255 bytes (ac_int.h:
 * AC_F_INL) and the scan looks up for longer ones: keys of 250 to 260
 * bytes and of 300, in a text one after the other, are found where they
 * are. */
static void test_keys_around_255_bytes(void **state)
{
    (void)state;
    enum { NK = 12 };
    static char key[NK][301], text[NK * 310];
    const char *keys[NK];
    size_t lens[NK], starts[NK], len = 0;
    for (size_t i = 0; i < NK; i++) {
        size_t n = i + 1 < NK ? 250 + i : 300;
        for (size_t j = 0; j < n; j++)
            key[i][j] = j % 6 == 5 && j + 1 < n ? ' ' : "kqz"[(i + j) % 3];
        key[i][0] = (char)('A' + i);
        keys[i] = key[i];
        lens[i] = n;
        starts[i] = len;
        memcpy(text + len, key[i], n);
        len += n;
        memcpy(text + len, " and ", 5);
        len += 5;
    }
    ac *a = ac_build(keys, lens, NK);
    ac_hits h = {0};
    ac_scan(a, text, len, &h);
    assert_int_equal(h.n, NK);
    for (size_t i = 0; i < NK; i++) {
        assert_int_equal(h.v[i].pattern, i);
        assert_int_equal(h.v[i].start, starts[i]);
        assert_int_equal(h.v[i].end, starts[i] + lens[i]);
    }
    free(h.v);
    ac_free(a);
}

/* Words that start with a capital or digit pass a gate when their run is
 * one a key starts with: same first eight bytes but another length or last
 * byte, runs of exactly eight, runs at the very end of the text. */
static void test_capital_gate(void **state)
{
    (void)state;
    const char *keys[] = {"Internationale Union", "Abcdefgh", "Q7", "Zeta Unit", "Organisation"};
    ac *a = build_list(keys, 5);
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "Internationals Union Internationale union INTERNATIONALE UNION", &h),
                        "0@21-41,0@42-62,");
    assert_string_equal(scan_str(a, "Abcdefghi Abcdefg Abcdefgh, Q7s Q7, Zeta Units Zeta Unit", &h),
                        "1@18-26,2@32-34,3@47-56,");
    assert_string_equal(scan_str(a, "Organisations Organisation", &h), "4@14-26,");
    assert_string_equal(scan_str(a, "Abcdefgh", &h), "1@0-8,");
    assert_string_equal(scan_str(a, "Q7", &h), "2@0-2,");
    assert_string_equal(scan_str(a, "x Q7", &h), "2@2-4,");
    free(h.v);
    ac_free(a);
}

/* A word's run is read from the root in one lookup (the run table): runs
 * longer than eight bytes (looked up by their first eight, the rest read
 * byte by byte), runs cut by a non-ASCII letter, runs at the very end of
 * the text (fewer than eight bytes left), lower-case starts that enter the
 * lower-case copies, digits first. */
static void test_run_table(void **state)
{
    (void)state;
    const char *keys[] = {"Kilimanjaro Airport",
                          "Kilimanjaro",
                          "Kilimanj",
                          ("Ren\xc3\xa9"
                           "e Fleming"),
                          "Renault",
                          "iPhone",
                          "Iran",
                          "7th Fleet"};
    size_t lens[] = {19, 11, 8, 14, 7, 6, 4, 9};
    const uint8_t capfirst[] = {1, 1, 1, 1, 1, 0, 1, 1};
    ac *a = ac_build_cased(keys, lens, capfirst, 8);
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "Kilimanjaro Airport, Kilimanjaros Kilimanjar KILIMANJ Kilimanja", &h),
                        "1@0-11,0@0-19,2@45-53,");
    assert_string_equal(scan_str(a, "to Kilimanjaro", &h), "1@3-14,");
    assert_string_equal(scan_str(a, "to Kilimanj", &h), "2@3-11,");
    assert_string_equal(scan_str(a,
                                 "Ren\xc3\xa9"
                                 "e Fleming Ren Fleming Renault Ren\xc3\xa9 Renaults",
                                 &h),
                        "3@0-14,4@27-34,");
    assert_string_equal(scan_str(a, "Renault", &h), "4@0-7,");
    assert_string_equal(scan_str(a, "iphone IPHONE iPhones iran Iran IRAN", &h), "5@0-6,5@7-13,6@27-31,6@32-36,");
    assert_string_equal(scan_str(a, "7th Fleet 7TH FLEET 7th Fleets 77th Fleet", &h), "7@0-9,7@10-19,");
    free(h.v);
    ac_free(a);
}

/* One round of the cross-check: nk random keys of up to key_pieces pieces
 * and a text of about text_len bytes, all from `from`; returns the hits. */
static size_t check_round(const char *const *from, size_t n_from, size_t nk, size_t key_pieces, bool cased,
                          size_t text_len, unsigned *seed)
{
    char **keys = xmalloc(nk * sizeof *keys);
    size_t *lens = xmalloc(nk * sizeof *lens);
    uint8_t *capfirst = xmalloc(nk), *group_lc = xcalloc(nk, 1);
    char tmp[128], *text = xmalloc(text_len + 128);
    ac_hits got = {0}, want = {0};
    for (size_t i = 0; i < nk; i++) {
        lens[i] = random_from(tmp, key_pieces, seed, from, n_from);
        keys[i] = xstrdup(tmp);
        capfirst[i] = (uint8_t)(rand_r(seed) % 4 != 0);
    }
    ac *a = cased ? ac_build_cased((const char *const *)keys, lens, capfirst, nk)
                  : ac_build((const char *const *)keys, lens, nk);
    for (size_t i = 0; i < nk; i++)
        group_lc[ac_canonical(a, (uint32_t)i)] |= !capfirst[i];
    size_t len = 0;
    while (len < text_len)
        len += random_from(text + len, 8, seed, from, n_from);
    brute((const char *const *)keys, lens, nk, text, len, &want);
    for (int k = AC_SCAN_BYTES; k <= (int)ac_scan_best(); k++) { /* every way the CPU runs */
        ac_scan_as(a, (ac_scan_kind)k, text, len, &got);
        compare_hits(&got, &want, text, cased ? group_lc : NULL);
    }
    size_t n = got.n;
    ac_free(a);
    for (size_t i = 0; i < nk; i++)
        free(keys[i]);
    free(got.v);
    free(want.v);
    free(text);
    free(keys);
    free(lens);
    free(capfirst);
    free(group_lc);
    return n;
}

static void test_random_against_brute_force(void **state)
{
    (void)state;
    unsigned seed = 12345;
    size_t total = 0;
    for (int round = 0; round < 10; round++) {
        size_t nk = round % 5 == 0 ? 3 : round % 5 == 1 ? 40 : 1000;
        total += check_round(pieces, N_PIECES, nk, round % 5 < 3 ? 4 : 8, round >= 5, 3000, &seed);
    }
    assert_true(total > 1000); /* the check compared something */
}

/* The same with words longer than eight bytes. */
static void test_random_long_words(void **state)
{
    (void)state;
    unsigned seed = 777;
    size_t total = 0;
    for (int round = 0; round < 6; round++)
        total += check_round(long_pieces, N_LONG_PIECES, 200, 3, round % 2, 4000, &seed);
    assert_true(total > 500);
}

/* sections[0..ns) into text, each after a cut of filler (its first (f +
 * stride * j) % 81 bytes and a space): the sections land at every offset of
 * a 64-byte block as f goes 0..80. Returns the length. */
static size_t interleave(char *text, const char *const *sections, size_t ns, const char *filler, size_t f,
                         size_t stride)
{
    size_t len = 0;
    for (size_t j = 0; j < ns; j++) {
        size_t fl = (f + stride * j) % 81;
        memcpy(text + len, filler, fl);
        text[len + fl] = ' ';
        len += fl + 1;
        memcpy(text + len, sections[j], strlen(sections[j]));
        len += strlen(sections[j]);
    }
    return len;
}

/* Scans text[0..len) every way the CPU runs (from an exact copy: reading
 * past it is an error for ASan and valgrind); all must find the same.
 * Returns the hits. */
static size_t scan_kinds_agree(const ac *a, const char *text, size_t len, ac_hits *want, ac_hits *got)
{
    char *t = xmalloc(len + 1);
    memcpy(t, text, len);
    ac_scan_as(a, AC_SCAN_BYTES, t, len, want);
    for (int k = AC_SCAN_BYTES + 1; k <= (int)ac_scan_best(); k++) {
        ac_scan_as(a, (ac_scan_kind)k, t, len, got);
        assert_int_equal(got->n, want->n);
        assert_memory_equal(got->v, want->v, want->n * sizeof *want->v);
    }
    free(t);
    return want->n;
}

/* An automaton and the keys it was built from, for sections_agree. */
typedef struct {
    const ac *a;
    const char *const *keys;
    const size_t *lens;
    size_t n;
    const uint8_t *group_lc;
} section_scan;

/* For f = 0..80, the sections interleaved with filler (interleave, stride)
 * and that text cut at each of its last `tail` lengths: ac_scan finds what
 * brute force finds, and every scan kind agrees. Each whole text must have
 * min_hits hits or more. Returns the hits of all scans. */
static size_t sections_agree(const section_scan *sc, const char *const *sections, size_t ns, size_t stride, size_t tail,
                             size_t min_hits)
{
    const char *filler = "there were talks, and then more talks went on for a long while without any names at all";
    size_t hits = 0;
    char text[2048];
    ac_hits want = {0}, got = {0};
    for (size_t f = 0; f <= 80; f++) {
        size_t len = interleave(text, sections, ns, filler, f, stride);
        for (size_t end = len; end + tail >= len; end--) {
            brute(sc->keys, sc->lens, sc->n, text, end, &want);
            if (end == len)
                assert_true(want.n >= min_hits);
            ac_scan(sc->a, text, end, &got);
            compare_hits(&got, &want, text, sc->group_lc);
            hits += scan_kinds_agree(sc->a, text, end, &want, &got);
        }
    }
    free(want.v);
    free(got.v);
    return hits;
}

/* The root in 64-byte blocks (AVX2, AVX-512) finds what the byte-by-byte
 * root finds. Blocks start where the trie hands a byte back, so filler of
 * every length before each name puts names, words and non-ASCII bytes at
 * every offset of a block and across its end; the texts are cut at every
 * length, so hits sit at the very start and end. Also: a word longer than a
 * block, non-ASCII bytes (right before a name: that word is not
 * ASCII-bounded), lower-case keys, keys starting with punctuation or a
 * non-ASCII letter. */
static void test_scan_kinds_agree(void **state)
{
    (void)state;
    const char *keys[] = {"Nauru",
                          "Asha Rose Migiro",
                          "de Gaulle",
                          "Ren\303\251e",
                          "\303\211mile",
                          "7th Fleet",
                          "(Kilimanjaro) Airport",
                          "Kilimanjaro",
                          "iPhone",
                          "x",
                          "Supercalifragilisticexpialidocious Nauru"};
    size_t n = sizeof keys / sizeof keys[0], lens[sizeof keys / sizeof keys[0]];
    uint8_t capfirst[sizeof keys / sizeof keys[0]], group_lc[sizeof keys / sizeof keys[0]];
    for (size_t i = 0; i < n; i++) {
        lens[i] = strlen(keys[i]);
        capfirst[i] = keys[i][0] != 'd' && keys[i][0] != 'i' && keys[i][0] != 'x';
        group_lc[i] = !capfirst[i];
    }
    ac *a = ac_build_cased(keys, lens, capfirst, n);
    const char *sections[] = {
        "Nauru said de Gaulle met Asha Rose Migiro, (Kilimanjaro) Airport and Ren\303\251e; \303\251Nauru",
        "\xc3\x89mile x 7th Fleet Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Nauru\n",
        "the iPhone of Asha Rose-Migiro\xe2\x80\x94Kilimanjaro, x-Nauru 7th fleet Nauru,",
        "Kilimanjaro",
        "\xc3\x89mile.",
        "(Kilimanjaro) Airport",
        "Kilimanjaros Kilimanjaro",
        "Asha Rose Migiro",
        "Supercalifragilisticexpialidocious Nauru Supercalifragilisticexpialidociousness Nauru"};
    const char *filler = "the talks went on for a long while without any names at all, so then the talks went on";
    size_t ns = sizeof sections / sizeof sections[0], hits = 0;
    char text[2048];
    ac_hits want = {0}, got = {0};
    for (size_t f = 0; f <= 80; f++) {
        size_t len = interleave(text, sections, ns, filler, f, 29);
        hits += scan_kinds_agree(a, text, len, &want, &got);
        if (f % 16 == 0) { /* and it is right */
            brute(keys, lens, n, text, len, &want);
            ac_scan(a, text, len, &got);
            compare_hits(&got, &want, text, group_lc);
        }
        for (size_t end = f < 2 ? 0 : len - 70; end < len; end++)
            hits += scan_kinds_agree(a, text, end, &want, &got);
    }
    assert_true(hits > 10000); /* the texts had hits */
    free(want.v);
    free(got.v);
    ac_free(a);
}

/* Walks longer than the batches the block root reads ahead (ac.c): a key of
 * 600 bytes, and texts with its beginning cut at every word after filler
 * of up to 250 bytes, so the trie hands a byte back far past the batch the
 * walk started in, at every offset of a block; the root must go on from
 * there and find the names after it, and inside it where the walk
 * failed. */
static void test_scan_long_walks(void **state)
{
    (void)state;
    const char *words[] = {"Alpha", "Beta",  "Gamma",  "Delta", "Epsilon", "Zeta", "Eta",    "Theta",
                           "Iota",  "Kappa", "Lambda", "Mu",    "Nu",      "Xi",   "Omicron"};
    char longkey[700];
    size_t ll = 0;
    for (size_t w = 0; ll < 600; w++) {
        const char *x = words[w % (sizeof words / sizeof words[0])];
        memcpy(longkey + ll, x, strlen(x));
        ll += strlen(x);
        longkey[ll++] = ' ';
    }
    memcpy(longkey + ll, "Omega", 6);
    ll += 5;
    const char *keys[] = {longkey, "Gamma Delta", "Kappa", "Nauru", "Omega"};
    size_t n = sizeof keys / sizeof keys[0], lens[sizeof keys / sizeof keys[0]];
    for (size_t i = 0; i < n; i++)
        lens[i] = strlen(keys[i]);
    ac *a = ac_build(keys, lens, n);
    const char *filler = "the talks went on for a long while without any names at all, so then the talks went on"
                         " and on for a long while without any names at all, so then the talks went on and on for"
                         " a long while without any names at all, so then the talks went on and on and on again";
    const char *tail = " Nauru said Kappa, Gamma Delta and Omega";
    char text[2048];
    ac_hits want = {0}, got = {0};
    size_t hits = 0, cuts = 0;
    for (size_t f = 0; f < strlen(filler); f += 13)
        for (size_t cut = 0; cut <= ll; cut++) {
            if (cut < ll && longkey[cut] != ' ')
                continue; /* cut after whole words */
            size_t len = f;
            memcpy(text, filler, f);
            text[len++] = ' ';
            memcpy(text + len, longkey, cut);
            len += cut;
            memcpy(text + len, tail, strlen(tail));
            len += strlen(tail);
            hits += scan_kinds_agree(a, text, len, &want, &got);
            if (f % 117 == 0 && cut % 5 == 0) { /* and it is right */
                brute(keys, lens, n, text, len, &want);
                ac_scan(a, text, len, &got);
                compare_hits(&got, &want, text, NULL);
                cuts++;
            }
        }
    assert_true(cuts > 5);
    assert_true(hits > 1000);
    free(want.v);
    free(got.v);
    ac_free(a);
}

/* The trigram filter (ac_int.h) in front of lower-case words: it must pass
 * every word a key may start with. Keys of two bytes (the byte after them
 * is a separator, punctuation, non-ASCII or the end), with a non-ASCII or
 * non-word second or third byte, with a capital first, at every offset of a
 * block and cut at every length; lower-case words that start no key. */
static void test_trigram_filter(void **state)
{
    (void)state;
    const char *keys[] = {"un",       "a\303\251ro", "cyber-attack", "Korea", "de Gaulle",
                          "al-Qaeda", "o'Neil",      "g7",           "Nauru"};
    size_t n = sizeof keys / sizeof keys[0], lens[sizeof keys / sizeof keys[0]];
    uint8_t capfirst[sizeof keys / sizeof keys[0]], group_lc[sizeof keys / sizeof keys[0]];
    for (size_t i = 0; i < n; i++) {
        lens[i] = strlen(keys[i]);
        capfirst[i] = keys[i][0] == 'N'; /* one key needs a capital: the lower-case copies */
        group_lc[i] = !capfirst[i];
    }
    ac *a = ac_build_cased(keys, lens, capfirst, n);
    assert_false(ac_tri_open(a, 'z', 'z', 'z')); /* the filter is on */
    assert_false(ac_tri_open(a, 'n', 'a', 'u')); /* Nauru needs a capital */
    assert_true(ac_tri_open(a, 'u', 'n', 0) && ac_tri_open(a, 'u', 'n', ',') && ac_tri_open(a, 'u', 'n', 0xC3));
    const char *sections[] = {
        "un un, un.\nun-un\303\251 UN unless ungrateful un",
        "a\303\251ro aero a\303\251rosol cyber attack cyber-attack cyberattack",
        "korea Korea kor de gaulle de-Gaulle deGaulle al qaeda al-qaeda o'neil o'Neil o'brien o-neil o'",
        "g7 g77 G7 nauru Nauru",
        "un",
        "g7"};
    section_scan sc = {a, keys, lens, n, group_lc};
    assert_true(sections_agree(&sc, sections, sizeof sections / sizeof sections[0], 23, 70, 15) > 10000);
    ac_free(a);
}

/* A key of one letter opens the filter for every word. */
static void test_trigram_filter_one_letter(void **state)
{
    (void)state;
    const char *keys[] = {"un", "x", "Nauru"};
    size_t lens[] = {2, 1, 5};
    const uint8_t capfirst[] = {0, 0, 1};
    ac *a = ac_build_cased(keys, lens, capfirst, 3);
    assert_true(ac_tri_open(a, 'z', 'z', 'z'));
    ac_hits h = {0};
    assert_string_equal(scan_str(a, "x xx x-ray un x", &h), "1@0-1,1@5-6,0@11-13,1@14-15,");
    free(h.v);
    ac_free(a);
}

/* Is the run key[0..n) in the run table, entered from a lower-case first
 * letter (lower) or not? */
static bool run_in_table(const ac *a, const char *key, size_t n, bool lower)
{
    unsigned char head[8] = {0};
    memcpy(head, key, n < 8 ? n : 8);
    uint64_t w = ac_run_word(head, n);
    uint32_t tag = ac_run_tag(lower ? 'a' : 'A', n), mask = (1u << a->run_bits) - 1;
    for (uint32_t h = ac_run_slot(w, tag, a->run_bits); a->runs[h].tag != 0; h = (h + 1) & mask)
        if (a->runs[h].run == w && a->runs[h].tag == tag)
            return true;
    return false;
}

/* The run table has slots for lower-case words that no key may start
 * with: a capital-first key's first run ("kor" of "Kor Bay", the first
 * eight bytes of "Abcdefghij") ends at a node on the path of a key that
 * may start in lower case ("korea", "abcdefghxy"), so the lower-case copy
 * of that node is there. The gate turns such words away; the AVX-512 root
 * reads their slots without it, walks the copy and must find the same
 * (nothing there, and every name after them). */
static void test_lower_case_slots_behind_closed_gates(void **state)
{
    (void)state;
    const char *keys[] = {"Kor Bay", "korea", "Abcdefghij Co", "abcdefghxy", "Xyz", "bay", "Co"};
    size_t n = sizeof keys / sizeof keys[0], lens[sizeof keys / sizeof keys[0]];
    uint8_t capfirst[sizeof keys / sizeof keys[0]], group_lc[sizeof keys / sizeof keys[0]];
    for (size_t i = 0; i < n; i++) {
        lens[i] = strlen(keys[i]);
        capfirst[i] = keys[i][0] >= 'A' && keys[i][0] <= 'Z';
        group_lc[i] = !capfirst[i];
    }
    ac *a = ac_build_cased(keys, lens, capfirst, n);
    assert_true(run_in_table(a, "kor", 3, true));         /* the copy of "kor", for "korea" */
    assert_true(run_in_table(a, "abcdefghij", 10, true)); /* of "abcdefgh", for "abcdefghxy" */
    assert_false(run_in_table(a, "xyz", 3, true));        /* no lower-case key there */
    const char *sections[] = {"kor bay Kor Bay kor Xyz kor xyz kor-bay kor, Co korea kor",
                              "abcdefghij co Abcdefghij Co abcdefghij Xyz abcdefghxy abcdefghxyz abcdefghi Co",
                              "kor\xc3\xa9 Xyz abcdefghij\xc3\xa9 bay kor7 Xyz", "abcdefghij", "kor"};
    section_scan sc = {a, keys, lens, n, group_lc};
    assert_true(sections_agree(&sc, sections, sizeof sections / sizeof sections[0], 31, 40, 0) > 5000);
    ac_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nested_and_overlapping),
        cmocka_unit_test(test_word_boundaries),
        cmocka_unit_test(test_case_and_separator_folding),
        cmocka_unit_test(test_duplicates_report_lowest),
        cmocka_unit_test(test_failure_links_respect_word_starts),
        cmocka_unit_test(test_capital_first_keys),
        cmocka_unit_test(test_lower_case_nodes_among_many),
        cmocka_unit_test(test_lower_case_gate),
        cmocka_unit_test(test_capital_gate),
        cmocka_unit_test(test_keys_around_255_bytes),
        cmocka_unit_test(test_run_table),
        cmocka_unit_test(test_random_long_words),
        cmocka_unit_test(test_random_against_brute_force),
        cmocka_unit_test(test_scan_kinds_agree),
        cmocka_unit_test(test_scan_long_walks),
        cmocka_unit_test(test_trigram_filter),
        cmocka_unit_test(test_trigram_filter_one_letter),
        cmocka_unit_test(test_lower_case_slots_behind_closed_gates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
