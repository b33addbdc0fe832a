/* fuzz_ac.c - libFuzzer target for the Aho-Corasick automaton: the input
 * carries up to eight keys and a text; the automaton's hits must equal those
 * of a direct search (same byte folding, same word-start and word-end rule,
 * lowest key index among keys that fold alike, ordered by end then start).
 *
 * Input layout: byte 0 gives the key count (1 + b % 8); each key is a length
 * byte (1 + b % 16) followed by that many bytes; the rest is the text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ac.h"
#include "fuzz.h"
#include "norm.h"
#include "util.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

/* The automaton's byte classes: A-Z as a-z; space, line break and hyphen alike. */
static unsigned char fz_ac_class(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (unsigned char)(c - 'A' + 'a');
    return c == '\n' || c == '-' ? ' ' : c;
}

static int fz_ac_same(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (fz_ac_class((unsigned char)a[i]) != fz_ac_class((unsigned char)b[i]))
            return 0;
    return 1;
}

static int fz_ac_cmp_hit(const void *x, const void *y)
{
    const ac_hit *a = x, *b = y;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    return 0;
}

/* Every occurrence found by trying each key at each word start. */
static void fz_ac_direct(const char *const *keys, const size_t *lens, size_t nk, const char *text, size_t len,
                         ac_hits *out)
{
    out->n = 0;
    for (size_t s = 0; s < len; s++) {
        if (norm_word_before(text, s))
            continue;
        for (size_t k = 0; k < nk; k++) {
            if (lens[k] > len - s || !fz_ac_same(keys[k], text + s, lens[k]))
                continue;
            if (norm_word_at(text, len, s + lens[k]))
                continue;
            int earlier = 0; /* an equal key with a lower index reports instead */
            for (size_t j = 0; j < k && !earlier; j++)
                earlier = lens[j] == lens[k] && fz_ac_same(keys[j], keys[k], lens[k]);
            if (earlier)
                continue;
            XGROW(out->v, out->cap, out->n + 1);
            out->v[out->n++] = (ac_hit){(uint32_t)s, (uint32_t)(s + lens[k]), (uint32_t)k};
        }
    }
    if (out->n > 1)
        qsort(out->v, out->n, sizeof *out->v, fz_ac_cmp_hit);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 8192)
        return 0;
    const char *keys[8];
    size_t lens[8], nk = 0, pos = 1, want = 1 + data[0] % 8;
    while (nk < want && pos < size) {
        size_t l = 1 + data[pos++] % 16;
        if (l > size - pos)
            break;
        keys[nk] = (const char *)data + pos;
        lens[nk++] = l;
        pos += l;
    }
    /* the text gets its own allocation so reads past its end are caught */
    size_t len = size - pos;
    char *text = xmalloc(len + 1);
    memcpy(text, data + pos, len);
    text[len] = '\0';

    ac *a = ac_build(keys, lens, nk);
    ac_hits got = {0}, want_hits = {0};
    ac_scan(a, text, len, &got);
    fz_ac_direct(keys, lens, nk, text, len, &want_hits);
    FZ_CHECK(got.n == want_hits.n);
    for (size_t i = 0; i < got.n; i++) {
        FZ_CHECK(got.v[i].start == want_hits.v[i].start);
        FZ_CHECK(got.v[i].end == want_hits.v[i].end);
        FZ_CHECK(got.v[i].pattern == want_hits.v[i].pattern);
    }
    /* a second scan with the same hit buffer starts from scratch */
    size_t first = got.n;
    ac_scan(a, text, len, &got);
    FZ_CHECK(got.n == first);
    free(got.v);
    free(want_hits.v);
    ac_free(a);
    free(text);
    return 0;
}
