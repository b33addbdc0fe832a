/* test_norm.c - normaliser: folding, whitespace runs, the offset map, invalid
 * input, word/capital predicates, and a random-input property test. */
#include "testutil.h"

#include <stdlib.h>

#include "norm.h"

/* Normalises s and checks the text and, when want_orig is given, the map. */
static void expect(const char *s, size_t n, const char *want, const uint32_t *want_orig)
{
    norm_text t = {0};
    assert_int_equal(norm_run(&t, s, n), 0);
    assert_int_equal(t.len, strlen(want));
    assert_memory_equal(t.text, want, t.len);
    assert_int_equal(t.text[t.len], '\0');
    assert_int_equal(t.orig[t.len], n);
    if (want_orig)
        for (size_t i = 0; i < t.len; i++)
            assert_int_equal(t.orig[i], want_orig[i]);
    norm_text_free(&t);
}
#define EXPECT(s, want, ...) expect(s, sizeof s - 1, want, (const uint32_t[]){__VA_ARGS__})
#define EXPECT_TEXT(s, want) expect(s, sizeof s - 1, want, NULL)

static void test_ascii_keeps_case_and_maps_identity(void **state)
{
    (void)state;
    EXPECT("Kim Jong", "Kim Jong", 0, 1, 2, 3, 4, 5, 6, 7);
    EXPECT_TEXT("U.S.-ROK", "U.S.-ROK");
    expect("", 0, "", NULL);
}

static void test_whitespace_runs(void **state)
{
    (void)state;
    EXPECT("a \t b", "a b", 0, 1, 4);
    EXPECT("a\r\nb", "a\nb", 0, 1, 3);
    EXPECT("a\rb", "a\nb", 0, 1, 2);
    EXPECT("a\r\n\r\nb", "a\n\nb", 0, 1, 1, 5);
    EXPECT("a \n \n\n b", "a\n\nb", 0, 1, 1, 7);
    EXPECT("a\xC2\xA0"
           "b",
           "a b", 0, 1, 3);
    /* A zero-width space inside a blank line still makes a paragraph break. */
    EXPECT("a\n\xE2\x80\x8B\nb", "a\n\nb", 0, 1, 1, 6);
    EXPECT("a\xE3\x80\x80\xE2\x80\xA8"
           "b",
           "a\nb", 0, 1, 7);
    EXPECT("\n\nx ", "\n\nx ", 0, 0, 2, 3);
    /* U+00A8 is NFKC " " U+0308: its space merges with the run before. */
    EXPECT("a \xC2\xA8"
           "b",
           "a \xCC\x88"
           "b",
           0, 1, 2, 2, 4);
    EXPECT("a\xC2\xA8 b", "a \xCC\x88 b", 0, 1, 1, 1, 3, 4);
}

static void test_punctuation(void **state)
{
    (void)state;
    /* U+2019 apostrophe, U+2011 non-breaking hyphen, U+201C/D quotes. */
    EXPECT("Kim\xE2\x80\x99s", "Kim's", 0, 1, 2, 3, 6);
    EXPECT("Jong\xE2\x80\x91un", "Jong-un", 0, 1, 2, 3, 4, 7, 8);
    EXPECT("\xE2\x80\x9CNo\xE2\x80\x9D", "\"No\"", 0, 3, 4, 5);
    EXPECT_TEXT("\xE2\x88\x92"
                "5 \xE2\x80\x94 x",
                "-5 - x");
    /* U+FE58 small em dash: NFKC gives U+2014, which still becomes '-'. */
    EXPECT_TEXT("a\xEF\xB9\x98"
                "b",
                "a-b");
    EXPECT_TEXT("5\xE2\x80\xB3", "5\"");
    /* Soft hyphen and BOM vanish; the map still points into the input. */
    EXPECT("\xEF\xBB\xBFKim\xC2\xAD"
           "Jong",
           "KimJong", 3, 4, 5, 8, 9, 10, 11);
}

static void test_unicode_folding_and_map(void **state)
{
    (void)state;
    /* Precomposed capital folds; decomposed "e" + U+0301 composes and maps
     * to the 'e'; ASCII around keeps its case. */
    EXPECT("\xC3\x89tat", "\xC3\xA9tat", 0, 0, 2, 3, 4);
    EXPECT("Ae\xCC\x81Z", "A\xC3\xA9Z", 0, 1, 1, 4);
    EXPECT("E\xCC\x81", "\xC3\xA9", 0, 0);
    /* Expanding: U+FB01 ligature and sharp s; both bytes map to the source. */
    EXPECT("x\xEF\xAC\x81y", "xfiy", 0, 1, 1, 4);
    EXPECT("Stra\xC3\x9F"
           "e",
           "Strasse", 0, 1, 2, 3, 4, 4, 6);
    /* Fullwidth letters become ASCII and are folded. */
    EXPECT("\xEF\xBC\xA1\xEF\xBC\xA2", "ab", 0, 3);
    /* Cyrillic and Hangul: folded / composed from jamo. */
    EXPECT_TEXT("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
    EXPECT("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "\xED\x95\x9C", 0, 0, 0);
    EXPECT_TEXT("\xE2\x80\xA6", "...");
}

static void test_invalid_bytes(void **state)
{
    (void)state;
    norm_text t = {0};
    /* Overlong '/', a surrogate, a stray continuation, and a truncated
     * 3-byte sequence at the very end. */
    const char s[] = "a\xC0\xAF"
                     "b\xED\xA0\x80"
                     "c\x80"
                     "d\xE2\x80";
    assert_int_equal(norm_run(&t, s, sizeof s - 1), 0);
    assert_int_equal(t.bad_at, 1);
    assert_int_equal(t.len, 12);
    assert_memory_equal(t.text, "a\1\1b\1\1\1c\1d\1\1", 12);
    assert_int_equal(t.orig[2], 2);
    assert_int_equal(t.orig[11], 11);
    assert_int_equal(t.orig[12], sizeof s - 1);
    /* Reuse: a clean input resets bad_at. */
    assert_int_equal(norm_run(&t, "ok", 2), 0);
    assert_int_equal(t.bad_at, -1);
    assert_string_equal(t.text, "ok");
    /* Past U+10FFFF and 5-byte forms. */
    assert_int_equal(norm_run(&t, "\xF4\x90\x80\x80\xF8", 5), 0);
    assert_memory_equal(t.text, "\1\1\1\1\1", 5);
    assert_int_equal(t.bad_at, 0);
    /* NUL and other control bytes pass through. */
    assert_int_equal(norm_run(&t, "a\0b\x1b", 4), 0);
    assert_int_equal(t.len, 4);
    assert_memory_equal(t.text, "a\0b\x1b", 4);
    norm_text_free(&t);
    norm_text_free(&t);
    norm_text_free(NULL);
}

static void test_norm_string_and_validity(void **state)
{
    (void)state;
    size_t len = 99;
    char *s = norm_string("  Kim Jong\xE2\x80\x91Un \n", 17, &len);
    assert_non_null(s);
    assert_string_equal(s, "Kim Jong-Un");
    assert_int_equal(len, 11);
    free(s);
    s = norm_string("\xC3\x89LYS\xC3\x89"
                    "E",
                    8, &len);
    assert_string_equal(s, "\xC3\xA9LYS\xC3\xA9"
                           "E");
    free(s);
    s = norm_string("", 0, &len);
    assert_string_equal(s, "");
    assert_int_equal(len, 0);
    free(s);
    assert_null(norm_string("a\xFF", 2, &len));
    assert_true(norm_valid_utf8("\xF0\x9F\x98\x80", 4));
    assert_false(norm_valid_utf8("\xF0\x9F\x98", 3));
    assert_false(norm_valid_utf8("\xE0\x80\x80", 3));
    assert_true(norm_valid_utf8("", 0));
}

static void test_word_predicates(void **state)
{
    (void)state;
    const char *t = "a-\xC3\xA9"
                    "b\xCC\x81 7'.\x01\xD9\xA3";
    size_t n = strlen(t);
    assert_true(norm_word_at(t, n, 0));
    assert_false(norm_word_at(t, n, 1));  /* '-' */
    assert_true(norm_word_at(t, n, 2));   /* é */
    assert_true(norm_word_at(t, n, 5));   /* U+0301 (Mn) */
    assert_false(norm_word_at(t, n, 7));  /* space */
    assert_true(norm_word_at(t, n, 8));   /* 7 */
    assert_false(norm_word_at(t, n, 9));  /* ' */
    assert_false(norm_word_at(t, n, 10)); /* . */
    assert_false(norm_word_at(t, n, 11)); /* 0x01 */
    assert_true(norm_word_at(t, n, 12));  /* Arabic-Indic 3 */
    assert_false(norm_word_at(t, n, n));
    assert_false(norm_word_before(t, 0));
    assert_true(norm_word_before(t, 1));
    assert_false(norm_word_before(t, 2));
    assert_true(norm_word_before(t, 4));  /* é ends at 4 */
    assert_false(norm_word_before(t, 3)); /* mid-character */
    assert_true(norm_word_before(t, 7));  /* mark ends at 7 */
    assert_false(norm_word_before(t, 12));
    assert_true(norm_word_before(t, n));
    assert_int_equal(norm_char_len(t, n, 2), 2);
    assert_int_equal(norm_char_len(t, n, 3), 1);
    assert_int_equal(norm_char_len(t, n, 0), 1);
    assert_int_equal(norm_char_len("\xE2\x80", 2, 0), 1);
}

static void test_upper_or_digit(void **state)
{
    (void)state;
    const char *s = "Ab9 \xC3\x89\xC3\xA9\xC7\x85\xD9\xA3\xE2\x85\xA0";
    size_t n = strlen(s);
    assert_true(norm_upper_or_digit_at(s, n, 0));
    assert_false(norm_upper_or_digit_at(s, n, 1));
    assert_true(norm_upper_or_digit_at(s, n, 2));
    assert_false(norm_upper_or_digit_at(s, n, 3));
    assert_true(norm_upper_or_digit_at(s, n, 4));   /* É */
    assert_false(norm_upper_or_digit_at(s, n, 6));  /* é */
    assert_true(norm_upper_or_digit_at(s, n, 8));   /* U+01C5 titlecase */
    assert_true(norm_upper_or_digit_at(s, n, 10));  /* Arabic-Indic 3 (Nd) */
    assert_false(norm_upper_or_digit_at(s, n, 12)); /* Roman numeral (Nl) */
    assert_false(norm_upper_or_digit_at(s, n, n));
    assert_false(norm_upper_or_digit_at("\xC3", 1, 0));
}

static void test_long_mark_runs_and_growth(void **state)
{
    (void)state;
    /* 300 combining marks after one letter split into bounded clusters;
     * U+FDFA expands 18-fold and forces the buffer to grow. */
    char s[1200];
    size_t n = 0;
    s[n++] = 'a';
    for (int k = 0; k < 300; k++)
        s[n++] = '\xCC', s[n++] = '\x81';
    for (int k = 0; k < 50; k++)
        s[n++] = '\xEF', s[n++] = '\xB7', s[n++] = '\xBA';
    norm_text t = {0};
    assert_int_equal(norm_run(&t, s, n), 0);
    assert_true(t.len > n);
    assert_true(norm_valid_utf8(t.text, t.len));
    for (size_t i = 1; i <= t.len; i++)
        assert_true(t.orig[i - 1] <= t.orig[i]);
    assert_int_equal(t.orig[t.len], n);
    norm_text_free(&t);
}

static bool ascii_letter(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Random inputs over pieces that exercise every path: orig is monotone and
 * points at character starts, the output is valid UTF-8, and each run of
 * ASCII letters that came alone from ASCII letters (not composed with a
 * following mark) is the input bytes verbatim. */
static void test_property_random(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "a",
        "Z",
        "kim",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\n\n",
        ".",
        "-",
        "\0",
        "\xC3\xA9",
        "\xC3\x89",
        "\xCC\x81",
        "\xC3\x9F",
        "\xEF\xAC\x81",
        "\xE2\x80\x99",
        "\xE2\x80\x94",
        "\xC2\xA0",
        "\xC2\xAD",
        "\xEF\xBB\xBF",
        "\xE2\x80\x8B",
        "\xE3\x80\x80",
        "\xE2\x80\xA9",
        "\xE1\x84\x92",
        "\xE1\x85\xA1",
        "\xED\x95\x9C",
        "\xF0\x9F\x98\x80",
        "\x80",
        "\xC0",
        "\xE2\x80",
        "\xF4\x90",
        "\xFF",
        "\xEF\xB7\xBA",
        "\xEF\xBC\xA1",
        "\xC2\xA8",
        "\xCD\x8F",
        "\xEF\xB8\x8F",
    };
    const size_t npieces = sizeof pieces / sizeof pieces[0];
    srand(12345);
    norm_text t = {0};
    char in[512];
    for (int iter = 0; iter < 3000; iter++) {
        size_t n = 0;
        int k = rand() % 60;
        while (k-- > 0) {
            size_t p = (size_t)rand() % npieces;
            size_t pl = p == 12 ? 1 : strlen(pieces[p]);
            if (n + pl > sizeof in)
                break;
            memcpy(in + n, pieces[p], pl);
            n += pl;
        }
        assert_int_equal(norm_run(&t, in, n), 0);
        assert_int_equal(t.orig[t.len], n);
        assert_true(norm_valid_utf8(t.text, t.len));
        for (size_t i = 0; i < t.len; i++) {
            assert_true(t.orig[i] <= t.orig[i + 1]);
            assert_true(t.orig[i] < n);
            unsigned char src = (unsigned char)in[t.orig[i]];
            /* A map target is a character start, or an invalid byte. */
            assert_true((src & 0xC0) != 0x80 || t.text[i] == '\1');
            /* Separators never pile up: at most "\n\n", never "  ". */
            if (i + 1 < t.len && (t.text[i] == ' ' || t.text[i] == '\n'))
                assert_true(t.text[i + 1] != ' ' && !(t.text[i] == ' ' && t.text[i + 1] == '\n') &&
                            !(i + 2 < t.len && t.text[i + 1] == '\n' && t.text[i + 2] == '\n'));
        }
        for (size_t i = 0; i < t.len;) {
            size_t e = i;
            while (e < t.len && ascii_letter((unsigned char)t.text[e]) && ascii_letter((unsigned char)in[t.orig[e]]) &&
                   t.orig[e + 1] != t.orig[e] && (e == i || t.orig[e] == t.orig[e - 1] + 1))
                e++;
            if (e > i) {
                assert_memory_equal(t.text + i, in + t.orig[i], e - i);
                i = e;
            } else {
                i++;
            }
        }
    }
    norm_text_free(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ascii_keeps_case_and_maps_identity),
        cmocka_unit_test(test_whitespace_runs),
        cmocka_unit_test(test_punctuation),
        cmocka_unit_test(test_unicode_folding_and_map),
        cmocka_unit_test(test_invalid_bytes),
        cmocka_unit_test(test_norm_string_and_validity),
        cmocka_unit_test(test_word_predicates),
        cmocka_unit_test(test_upper_or_digit),
        cmocka_unit_test(test_long_mark_runs_and_growth),
        cmocka_unit_test(test_property_random),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
