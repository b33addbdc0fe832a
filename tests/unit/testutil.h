/* testutil.h - what every unit test includes: cmocka and the project headers'
 * common types. Tests run with CMOCKA_MESSAGE_OUTPUT=TAP under tests/run.sh. */
#ifndef ENTGRAPH_TESTUTIL_H
#define ENTGRAPH_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>

/* Writes text into a new file made from the mkstemps template tmpl (its
 * last suffixlen bytes kept as they are); tmpl becomes the file's path. */
static inline void temp_file_with(char *tmpl, int suffixlen, const char *text)
{
    int fd = mkstemps(tmpl, suffixlen);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

#endif
