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

#endif
