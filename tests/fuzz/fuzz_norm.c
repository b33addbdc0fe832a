/* fuzz_norm.c - libFuzzer target for the normaliser: any bytes go through
 * norm_run (reusing one norm_text, as workers do) and the documented
 * properties of the result are checked: NUL-terminated valid UTF-8, an
 * offset map of sorted segments that is monotone and ends at the input
 * length, bad_at set exactly when the input is invalid UTF-8, whitespace runs
 * collapsed. The word/capital predicates are probed at every offset for
 * memory safety. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "norm.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static norm_text fz_norm_nt; /* reused across inputs, like a worker's buffer */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

static void fz_norm_check_text(const norm_text *t, const char *in, size_t n)
{
    FZ_CHECK(t->text != NULL && t->map != NULL && t->map_n >= 1);
    FZ_CHECK(t->text[t->len] == '\0');
    FZ_CHECK(t->map[0].at == 0 && t->map[t->map_n - 1].at == t->len);
    for (size_t k = 0; k + 1 < t->map_n; k++)
        FZ_CHECK(t->map[k].at < t->map[k + 1].at);
    FZ_CHECK(norm_orig(t, t->len) == n);
    for (size_t i = 0; i < t->len; i++) {
        FZ_CHECK(norm_orig(t, i) <= norm_orig(t, i + 1));
        FZ_CHECK(norm_orig(t, i) < n);
    }
    FZ_CHECK(norm_valid_utf8(t->text, t->len));
    if (norm_valid_utf8(in, n))
        FZ_CHECK(t->bad_at == -1);
    else
        FZ_CHECK(t->bad_at >= 0 && (size_t)t->bad_at < n);
    /* a blank line is at most "\n\n"; runs never keep two separators */
    for (size_t i = 0; i + 1 < t->len; i++) {
        char a = t->text[i], b = t->text[i + 1];
        FZ_CHECK(!(a == ' ' && (b == ' ' || b == '\n')));
        FZ_CHECK(!(a == '\n' && b == ' '));
        if (i + 2 < t->len)
            FZ_CHECK(!(a == '\n' && b == '\n' && t->text[i + 2] == '\n'));
    }
    size_t pos = 0;
    while (pos < t->len) {
        size_t cl = norm_char_len(t->text, t->len, pos);
        FZ_CHECK(cl >= 1 && pos + cl <= t->len);
        (void)norm_word_at(t->text, t->len, pos);
        (void)norm_word_before(t->text, pos);
        pos += cl;
    }
    (void)norm_word_before(t->text, t->len);
    for (size_t off = 0; off < n; off++)
        (void)norm_upper_or_digit_at(in, n, off);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *in = (const char *)data;
    FZ_CHECK(norm_run(&fz_norm_nt, in, size) == 0);
    fz_norm_check_text(&fz_norm_nt, in, size);

    /* aliases are short strings: norm_string succeeds exactly on valid UTF-8 */
    if (size <= 256) {
        size_t len = 0;
        char *s = norm_string(in, size, &len);
        if (norm_valid_utf8(in, size)) {
            FZ_CHECK(s != NULL);
            FZ_CHECK(s[len] == '\0' && norm_valid_utf8(s, len));
        } else
            FZ_CHECK(s == NULL);
        free(s);
    }
    return 0;
}
