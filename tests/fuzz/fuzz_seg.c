/* fuzz_seg.c - libFuzzer target for the sentence segmenter: any bytes are
 * normalised, then split; the sentences must be non-empty, in text order,
 * never overlapping, with non-decreasing paragraph numbers, cover every byte
 * that is not a space or line break, and be found again by seg_find. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "norm.h"
#include "seg.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static norm_text fz_seg_nt;
static seg_list fz_seg_list;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *in = (const char *)data;
    FZ_CHECK(norm_run(&fz_seg_nt, in, size) == 0);
    const norm_text *t = &fz_seg_nt;
    seg_run(&fz_seg_list, t, in, size);
    const seg_list *l = &fz_seg_list;

    size_t covered = 0; /* text bytes up to which sentences were checked */
    for (size_t i = 0; i < l->n; i++) {
        const seg_sentence *s = &l->v[i];
        FZ_CHECK(s->start < s->end && s->end <= t->len);
        FZ_CHECK(s->start >= covered);
        if (i > 0)
            FZ_CHECK(s->para >= l->v[i - 1].para);
        for (size_t p = covered; p < s->start; p++)
            FZ_CHECK(t->text[p] == ' ' || t->text[p] == '\n');
        FZ_CHECK(t->text[s->start] != ' ' && t->text[s->start] != '\n');
        FZ_CHECK(t->text[s->end - 1] != ' ' && t->text[s->end - 1] != '\n');
        FZ_CHECK(seg_find(l, s->start) == i);
        FZ_CHECK(seg_find(l, s->end - 1) == i);
        covered = s->end;
    }
    for (size_t p = covered; p < t->len; p++)
        FZ_CHECK(t->text[p] == ' ' || t->text[p] == '\n');
    /* a new paragraph needs a blank line ("\n\n") before it */
    size_t blanks = 0;
    for (size_t p = 0; p + 1 < t->len; p++)
        blanks += t->text[p] == '\n' && t->text[p + 1] == '\n';
    if (l->n > 0)
        FZ_CHECK(l->v[l->n - 1].para <= blanks);
    return 0;
}
