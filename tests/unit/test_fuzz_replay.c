/* test_fuzz_replay.c - runs every fuzz target (tests/fuzz/fuzz_*.c) over its
 * seed corpus and its regression inputs (tests/fuzz/regress/<target>/: the
 * inputs that once crashed), so `make test`, the sanitizer build and valgrind
 * keep replaying them without clang or libFuzzer. Each target is included
 * here with its two entry points renamed. */
#include "testutil.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#define LLVMFuzzerInitialize fz_norm_init
#define LLVMFuzzerTestOneInput fz_norm_one
#include "../fuzz/fuzz_norm.c"
#undef LLVMFuzzerInitialize
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerInitialize fz_ac_init
#define LLVMFuzzerTestOneInput fz_ac_one
#include "../fuzz/fuzz_ac.c"
#undef LLVMFuzzerInitialize
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerInitialize fz_seg_init
#define LLVMFuzzerTestOneInput fz_seg_one
#include "../fuzz/fuzz_seg.c"
#undef LLVMFuzzerInitialize
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerInitialize fz_match_init
#define LLVMFuzzerTestOneInput fz_match_one
#include "../fuzz/fuzz_match.c"
#undef LLVMFuzzerInitialize
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerInitialize fz_gaz_init
#define LLVMFuzzerTestOneInput fz_gaz_one
#include "../fuzz/fuzz_gaz.c"
#undef LLVMFuzzerInitialize
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerInitialize fz_pipe_init
#define LLVMFuzzerTestOneInput fz_pipe_one
#include "../fuzz/fuzz_pipeline.c"
#undef LLVMFuzzerInitialize
#undef LLVMFuzzerTestOneInput

typedef struct {
    const char *name;
    int (*init)(int *, char ***);
    int (*one)(const uint8_t *, size_t);
} target;

static const target targets[] = {
    {"norm", fz_norm_init, fz_norm_one},    {"ac", fz_ac_init, fz_ac_one},
    {"seg", fz_seg_init, fz_seg_one},       {"match", fz_match_init, fz_match_one},
    {"gaz", fz_gaz_init, fz_gaz_one},       {"pipeline", fz_pipe_init, fz_pipe_one},
};

/* Feeds every regular file of dir to the target; returns how many. */
static size_t replay_dir(const target *t, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t count = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        FILE *fp = fopen(path, "rb");
        assert_non_null(fp);
        buf b = {0};
        char chunk[8192];
        size_t got;
        while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
            buf_append(&b, chunk, got);
        fclose(fp);
        /* an exact-size copy, so reading one byte past the input is caught */
        uint8_t *data = xmalloc(b.len ? b.len : 1);
        if (b.len)
            memcpy(data, b.data, b.len);
        t->one(data, b.len);
        free(data);
        buf_free(&b);
        count++;
    }
    closedir(d);
    return count;
}

static void test_replay(void **state)
{
    const target *t = *state;
    char dir[256];
    t->init(NULL, NULL);
    snprintf(dir, sizeof dir, "tests/fuzz/corpus/%s", t->name);
    size_t seeds = replay_dir(t, dir);
    snprintf(dir, sizeof dir, "tests/fuzz/regress/%s", t->name);
    replay_dir(t, dir);
    assert_true(seeds > 0); /* run from the repository root, seeds present */
    /* the empty input too */
    static const uint8_t none[1];
    t->one(none, 0);
}

int main(void)
{
    struct CMUnitTest tests[sizeof targets / sizeof targets[0]];
    for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
        tests[i] = (struct CMUnitTest)cmocka_unit_test_prestate(test_replay, (void *)&targets[i]);
        tests[i].name = targets[i].name;
    }
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    /* what the targets keep between inputs, freed so leak checkers stay quiet */
    norm_text_free(&fz_norm_nt);
    norm_text_free(&fz_seg_nt);
    seg_list_free(&fz_seg_list);
    doc_free(&fz_match_d);
    match_scratch_free(&fz_match_s);
    match_free(fz_match_m);
    gaz_free(&fz_match_g);
    doc_free(&fz_pipe_d);
    pipe_scratch_free(fz_pipe_s);
    match_free(fz_pipe_m);
    rel_free(fz_pipe_lx);
    gaz_free(&fz_pipe_g);
    return rc;
}
