/* test_seg.c - sentence and paragraph splitting on news-like text, coverage
 * of every non-space byte, and seg_find. Sample sentences written for this. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "norm.h"
#include "seg.h"

/* Segments `in` and compares the sentences, given as one string with
 * sentences separated by '|' (normalised text); paras[k] is the paragraph
 * of sentence k when given. */
static void expect(const char *in, const char *want, const uint32_t *paras)
{
    norm_text nt = {0};
    seg_list l = {0};
    size_t n = strlen(in);
    assert_int_equal(norm_run(&nt, in, n), 0);
    seg_run(&l, &nt, in, n);
    char got[2048] = "";
    size_t gl = 0;
    for (size_t k = 0; k < l.n; k++) {
        assert_true(l.v[k].start < l.v[k].end);
        if (k)
            got[gl++] = '|';
        size_t sl = l.v[k].end - l.v[k].start;
        assert_true(gl + sl + 2 < sizeof got);
        memcpy(got + gl, nt.text + l.v[k].start, sl);
        gl += sl;
        got[gl] = '\0';
        if (paras)
            assert_int_equal(l.v[k].para, paras[k]);
    }
    if (strcmp(got, want) != 0)
        fail_msg("got  \"%s\"\nwant \"%s\"", got, want);
    seg_list_free(&l);
    norm_text_free(&nt);
}
#define PARAS(...) ((const uint32_t[]){__VA_ARGS__})

static void test_plain_sentences(void **state)
{
    (void)state;
    expect("Talks resumed. Both sides met! Was it enough? Nobody knows.",
           "Talks resumed.|Both sides met!|Was it enough?|Nobody knows.", NULL);
    expect("  One line only  ", "One line only", NULL);
    expect("", "", NULL);
    expect(" \n\n ", "", NULL);
    expect("Prices rose 3.5 percent. Then they fell.", "Prices rose 3.5 percent.|Then they fell.", NULL);
    expect("It ended in 2019. 2020 was worse.", "It ended in 2019.|2020 was worse.", NULL);
}

static void test_abbreviations(void **state)
{
    (void)state;
    expect("Dr. Lee met Lt. Gen. Park and Mrs. Cho in Washington, D.C. on Monday.",
           "Dr. Lee met Lt. Gen. Park and Mrs. Cho in Washington, D.C. on Monday.", NULL);
    expect("U.S. Forces Korea said so. The U.N. Security Council met.",
           "U.S. Forces Korea said so.|The U.N. Security Council met.", NULL);
    /* "U.S." then a common opener ends the sentence. */
    expect("Seoul held talks with the U.S. The talks went well.", "Seoul held talks with the U.S.|The talks went well.",
           NULL);
    expect("Talks began Jan. 5 in Geneva. Acme Corp. The firm said no.",
           "Talks began Jan. 5 in Geneva.|Acme Corp.|The firm said no.", NULL);
    expect("Sanctions, e.g. Export bans, grew. Resolution No. 2397 passed.",
           "Sanctions, e.g. Export bans, grew.|Resolution No. 2397 passed.", NULL);
    expect("He lives on St. Mark Street. St. Petersburg hosted it.",
           "He lives on St. Mark Street.|St. Petersburg hosted it.", NULL);
    /* Lowercase after a full stop never breaks. */
    expect("Missiles etc. were shown.", "Missiles etc. were shown.", NULL);
}

static void test_initials_and_ellipses(void **state)
{
    (void)state;
    expect("J. Smith wrote to Kim J. Un last week.", "J. Smith wrote to Kim J. Un last week.", NULL);
    expect("They chose Plan B. The plan failed.", "They chose Plan B.|The plan failed.", NULL);
    expect("He paused... Then he spoke. The rest... was silence.",
           "He paused...|Then he spoke.|The rest... was silence.", NULL);
    /* U+2026 becomes "..." before segmentation. */
    expect("Wait\xE2\x80\xA6 Nothing.", "Wait...|Nothing.", NULL);
    expect("Really?! Yes.", "Really?!|Yes.", NULL);
}

static void test_quotes_and_brackets(void **state)
{
    (void)state;
    expect("He said, \"We are ready.\" The envoy left.", "He said, \"We are ready.\"|The envoy left.", NULL);
    expect("\xE2\x80\x9CWhy?\xE2\x80\x9D"
           " he asked. \xE2\x80\x9C"
           "Because.\xE2\x80\x9D",
           "\"Why?\" he asked.|\"Because.\"", NULL);
    expect("(It was late.) Officials agreed.", "(It was late.)|Officials agreed.", NULL);
    expect("Talks stalled. 'No deal,' one said.", "Talks stalled.|'No deal,' one said.", NULL);
}

static void test_lines_and_paragraphs(void **state)
{
    (void)state;
    expect("North Korea fires missile\nBy Jane Roe\nSEOUL - It flew far.\n\nJapan protested. "
           "Seoul too.\r\n\r\n\r\nThe end.",
           "North Korea fires missile|By Jane Roe|SEOUL - It flew far.|Japan protested.|Seoul "
           "too.|The end.",
           PARAS(0, 0, 0, 1, 1, 2));
    /* Hard-wrapped sentence: a line ending in a joiner or comma continues. */
    expect("The minister met with\nKim Jong Un, and\nPutin,\nLater that day.",
           "The minister met with\nKim Jong Un, and\nPutin,\nLater that day.", NULL);
    /* ... so does one ending in any preposition, auxiliary or possessive before a name. */
    expect("Rwandan forces launched an incursion into\nBurundi. Talks were\nHeld in Goma.",
           "Rwandan forces launched an incursion into\nBurundi.|Talks were\nHeld in Goma.", NULL);
    /* A line cut by a width (the next line's first word would not have fitted
     * on it) continues, even after a verb and before a name ... */
    expect("Officials in Kyiv said on Monday that over the weekend Russia attacked\n"
           "Ukraine's energy grid with dozens of missiles and drones again.",
           "Officials in Kyiv said on Monday that over the weekend Russia attacked\n"
           "Ukraine's energy grid with dozens of missiles and drones again.",
           NULL);
    /* ... and a wrapped line full of names, where a sentence ends, is no headline. */
    expect("Colombia and Ecuador settled their row, and Ecuador lifted its tariffs on Colombia. Hungary voted to\n"
           "leave the International Criminal Court. Luis Abinader met Xiomara Castro in Santo Domingo. Maria Corina\n"
           "Machado thanked Jair Bolsonaro.",
           "Colombia and Ecuador settled their row, and Ecuador lifted its tariffs on Colombia.|Hungary voted to\n"
           "leave the International Criminal Court.|Luis Abinader met Xiomara Castro in Santo Domingo.|Maria Corina\n"
           "Machado thanked Jair Bolsonaro.",
           NULL);
    /* ... nor is one listing names after lower-case words of five letters or more. */
    expect("CARACAS, July 29 (Wire) - Venezuela ordered diplomats from Costa Rica, Argentina, Chile, "
           "Peru, Panama, the Dominican\n"
           "Republic and Uruguay to leave the country after their governments questioned the vote.",
           "CARACAS, July 29 (Wire) - Venezuela ordered diplomats from Costa Rica, Argentina, Chile, "
           "Peru, Panama, the Dominican\n"
           "Republic and Uruguay to leave the country after their governments questioned the vote.",
           NULL);
    /* ... but a title-case headline, one before a byline or before a paragraph
     * on one line, or one whose next word would have fitted, stays a line. */
    expect("Russia Says Its Air Defences Downed Forty Ukrainian Drones Overnight\n"
           "Moscow said the drones were launched at the peninsula before dawn today.",
           "Russia Says Its Air Defences Downed Forty Ukrainian Drones Overnight|"
           "Moscow said the drones were launched at the peninsula before dawn today.",
           NULL);
    expect("Allies say the old mutual defence treaty now extends to cyber threats\nJane Roe\nIt does.",
           "Allies say the old mutual defence treaty now extends to cyber threats|Jane Roe|It does.", NULL);
    expect("Allies say the old mutual defence treaty now extends to cyber threats\n"
           "Seoul and Washington said in a joint statement on Thursday that the treaty covers attacks in "
           "cyberspace and in orbit, and that both would respond together to any such attack on either "
           "of them.",
           "Allies say the old mutual defence treaty now extends to cyber threats|"
           "Seoul and Washington said in a joint statement on Thursday that the treaty covers attacks in "
           "cyberspace and in orbit, and that both would respond together to any such attack on either "
           "of them.",
           NULL);
    expect("Allies say the treaty now extends to cyber threats in the region\n"
           "Seoul said in a statement on Thursday that the treaty covers all attacks.",
           "Allies say the treaty now extends to cyber threats in the region|"
           "Seoul said in a statement on Thursday that the treaty covers all attacks.",
           NULL);
    /* A lowercase next line continues too. */
    expect("Sanctions were\ntightened again", "Sanctions were\ntightened again", NULL);
    /* List items start sentences, even after a colon or lowercase. */
    expect("Measures include:\n- export bans\n* asset freezes\n\xE2\x80\xA2 travel limits",
           "Measures include:|- export bans|* asset freezes|\xE2\x80\xA2 travel limits", NULL);
    expect("Prices fell - sharply.", "Prices fell - sharply.", NULL);
    /* Leading blank lines do not count as a paragraph. */
    expect("\n\n\nFirst.\n\nSecond.", "First.|Second.", PARAS(0, 1));
}

static void test_non_ascii_capitals(void **state)
{
    (void)state;
    /* The next sentence starts with É (folded to é in the text): the capital
     * is read from the original bytes. */
    expect("Paris spoke. \xC3\x89lys\xC3\xA9"
           "e agreed.",
           "Paris spoke.|\xC3\xA9lys\xC3\xA9"
           "e agreed.",
           NULL);
    expect("Paris spoke. \xC3\xA9t\xC3\xA9 came.", "Paris spoke. \xC3\xA9t\xC3\xA9 came.", NULL);
    expect("Met S\xC3\xA1nchez. The end.", "Met S\xC3\xA1nchez.|The end.", NULL);
}

/* The scan only stops at '.', '!', '?' and line breaks: punctuation inside
 * a token, closers glued to the next word, and the ends of the sorted word
 * lists (first and last entries, near misses). */
static void test_scan_stops(void **state)
{
    (void)state;
    expect("Rates were 3.5 and 4.2. Then they fell.", "Rates were 3.5 and 4.2.|Then they fell.", NULL);
    expect("He said \"no.\"Then left. Really?!) Yes.", "He said \"no.\"Then left.|Really?!)|Yes.", NULL);
    expect("Met Adm. Kim. Met vs. Kim. Met Ad. Kim. Met Vt. Kim.",
           "Met Adm. Kim.|Met vs. Kim.|Met Ad.|Kim.|Met Vt.|Kim.", NULL);
    expect("Due Apr. Kim came. Due Apr. The end. Toys etc. Kim came. Toys etc. The end. Toys etcs. Kim came.",
           "Due Apr. Kim came.|Due Apr.|The end.|Toys etc. Kim came.|Toys etc.|The end.|Toys etcs.|Kim came.", NULL);
    expect("Seoul and a\nKim came.\nMet with\nKim. Met wit\nKim.", "Seoul and a\nKim came.|Met with\nKim.|Met wit|Kim.",
           NULL);
}

/* A sentence end at every offset from the scan's start: in the first or
 * second half of a 32-byte block (SSE2 or AVX2), in a 16-byte tail, in the
 * last bytes; each stop byte ('.', '!', '?', a line break) in turn. */
static void test_stop_offsets(void **state)
{
    (void)state;
    for (const char *stop = ".!?\n"; *stop; stop++)
        for (size_t k = 1; k < 100; k++) {
            char in[128], want[128];
            memset(in, 'x', k);
            in[0] = 'X'; /* a title-case line: no hard wrap before "The end." (wrapped lines: above) */
            in[k] = *stop;
            strcpy(in + k + 1, *stop == '\n' ? "The end." : " The end.");
            memcpy(want, in, k + (*stop != '\n'));
            strcpy(want + k + (*stop != '\n'), "|The end.");
            expect(in, want, NULL);
            in[k + 1] = '\0'; /* the stop last: a line break is trimmed */
            memcpy(want, in, k + 2);
            want[k + (*stop != '\n')] = '\0';
            expect(in, want, NULL);
        }
}

/* No other byte value stops the scan: any byte but the four, at every
 * offset across the blocks, is inside the one sentence (a byte taken for a
 * stop that is none would hang the loop; one of the four missed would lose
 * a sentence end, test_stop_offsets). Bytes are set in the normalised text
 * directly, so every value comes by, the non-ASCII ones alone too. An
 * alarm turns such a hang into a failure (the test takes milliseconds,
 * seconds under valgrind). */
static void test_no_other_stops(void **state)
{
    (void)state;
    alarm(300);
    char in[160];
    memset(in, 'x', 150);
    memcpy(in + 150, " end", 5);
    size_t n = strlen(in);
    norm_text nt = {0};
    seg_list l = {0};
    assert_int_equal(norm_run(&nt, in, n), 0);
    assert_int_equal(nt.len, n);
    for (int b = 1; b < 256; b++) {
        if (strchr(".!?\n", b))
            continue;
        for (size_t k = 1; k < 100; k++) {
            nt.text[k] = (char)b;
            seg_run(&l, &nt, in, n);
            assert_int_equal(l.n, 1);
            assert_int_equal(l.v[0].start, 0);
            assert_int_equal(l.v[0].end, n);
            nt.text[k] = 'x';
        }
    }
    alarm(0);
    seg_list_free(&l);
    norm_text_free(&nt);
}

/* seg_token_start against its definition, byte by byte: random text of
 * letters (both cases), full stops and other bytes (the neighbours of the
 * letter ranges, digits, spaces, non-ASCII), every end b and a start s
 * anywhere before it, so runs of every length cross 16-byte blocks. */
static void test_token_start(void **state)
{
    (void)state;
    static const char bytes[] = "aAzZmM.@[`{09 -\x80\xff";
    srand(4242);
    char t[200];
    for (int iter = 0; iter < 300; iter++) {
        int letters = 1 + rand() % 40; /* one byte in `letters` is no letter */
        for (size_t i = 0; i < sizeof t; i++)
            t[i] = rand() % letters ? bytes[rand() % 6] : bytes[rand() % (sizeof bytes - 1)];
        for (size_t b = 0; b <= sizeof t; b++)
            for (size_t s = b > 70 ? b - 70 : 0; s <= b; s += 1 + (size_t)(rand() % 3)) {
                size_t want = b;
                bool want_dot = false;
                for (char c; want > s && ((c = t[want - 1]) == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
                     want--)
                    want_dot |= c == '.';
                bool dot = !want_dot;
                size_t got = seg_token_start(t, s, b, &dot);
                if (got != want || dot != want_dot)
                    fail_msg("s %zu b %zu: %zu %d, want %zu %d", s, b, got, dot, want, want_dot);
            }
    }
}

/* Every non-space byte lies in exactly one sentence, sentences are ordered
 * and trimmed, paragraphs never decrease; seg_find agrees with a scan. */
static void test_coverage_random(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "Kim", " ", "U.S.", ". ",       "\n",       "\n\n", "The", "J.",  "?", "\"", "3.5",
        "...", "a", "Dr.",  "\xC3\x89", "\xE2\x80", "(",    ")",   "No.", "2", "'",  "\xE2\x80\xA6",
    };
    srand(777);
    norm_text nt = {0};
    seg_list l = {0};
    char in[400];
    for (int iter = 0; iter < 2000; iter++) {
        size_t n = 0;
        for (int k = rand() % 40; k > 0; k--) {
            const char *p = pieces[(size_t)rand() % (sizeof pieces / sizeof pieces[0])];
            size_t pl = strlen(p);
            if (n + pl > sizeof in)
                break;
            memcpy(in + n, p, pl);
            n += pl;
        }
        assert_int_equal(norm_run(&nt, in, n), 0);
        seg_run(&l, &nt, in, n);
        size_t prev_end = 0;
        for (size_t k = 0; k < l.n; k++) {
            const seg_sentence *s = &l.v[k];
            assert_true(s->start < s->end && s->end <= nt.len && s->start >= prev_end);
            assert_true(nt.text[s->start] != ' ' && nt.text[s->start] != '\n');
            assert_true(nt.text[s->end - 1] != ' ' && nt.text[s->end - 1] != '\n');
            for (size_t b = prev_end; b < s->start; b++)
                assert_true(nt.text[b] == ' ' || nt.text[b] == '\n');
            if (k)
                assert_true(s->para >= l.v[k - 1].para);
            prev_end = s->end;
        }
        for (size_t b = prev_end; b < nt.len; b++)
            assert_true(nt.text[b] == ' ' || nt.text[b] == '\n');
        for (uint32_t pos = 0; l.n && pos < nt.len; pos++) {
            uint32_t want = 0;
            while (want + 1 < l.n && l.v[want].end <= pos)
                want++;
            assert_int_equal(seg_find(&l, pos), want);
        }
    }
    seg_list_free(&l);
    seg_list_free(&l);
    seg_list_free(NULL);
    norm_text_free(&nt);
}

static void test_find(void **state)
{
    (void)state;
    seg_sentence v[] = {{2, 5, 0}, {6, 9, 0}, {11, 20, 1}};
    seg_list l = {v, 3, 3};
    assert_int_equal(seg_find(&l, 0), 0);
    assert_int_equal(seg_find(&l, 4), 0);
    assert_int_equal(seg_find(&l, 5), 1);
    assert_int_equal(seg_find(&l, 8), 1);
    assert_int_equal(seg_find(&l, 10), 2);
    assert_int_equal(seg_find(&l, 19), 2);
    assert_int_equal(seg_find(&l, 25), 2);
    seg_list empty = {0};
    assert_int_equal(seg_find(&empty, 3), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_sentences),
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_initials_and_ellipses),
        cmocka_unit_test(test_quotes_and_brackets),
        cmocka_unit_test(test_lines_and_paragraphs),
        cmocka_unit_test(test_non_ascii_capitals),
        cmocka_unit_test(test_scan_stops),
        cmocka_unit_test(test_stop_offsets),
        cmocka_unit_test(test_no_other_stops),
        cmocka_unit_test(test_token_start),
        cmocka_unit_test(test_coverage_random),
        cmocka_unit_test(test_find),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
