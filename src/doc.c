/* doc.c - releasing a document's buffers. */
#include "doc.h"

#include <stdlib.h>

void doc_free(doc *d)
{
    norm_text_free(&d->nt);
    seg_list_free(&d->sents);
    free(d->sent_orig);
    free(d->mentions.v);
    free(d->rels.v);
    buf_free(&d->rows);
    d->sent_orig = NULL;
    d->sent_orig_cap = 0;
    d->mentions = (mention_list){0};
    d->rels = (rel_list){0};
}
