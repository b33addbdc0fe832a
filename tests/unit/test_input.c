/* test_input.c - the input list and reading its files relative to their
 * folders: nested folders, a reader moving between folders, and files or
 * folders gone after the listing (the message names the whole path). */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input.h"

static void put_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

/* root/a.txt, root/sub/b.txt, root/sub/deeper/c.txt, root/z.txt: the
 * listing is in name order, folders entered where their name sorts. */
static char *make_tree(void)
{
    char tmpl[] = "/tmp/entgraph-input.XXXXXX";
    char *root = mkdtemp(tmpl);
    assert_non_null(root);
    root = strdup(root);
    char sub[512], deeper[512];
    snprintf(sub, sizeof sub, "%s/sub", root);
    snprintf(deeper, sizeof deeper, "%s/sub/deeper", root);
    assert_int_equal(mkdir(sub, 0755), 0);
    assert_int_equal(mkdir(deeper, 0755), 0);
    put_file(root, "a.txt", "alpha");
    put_file(sub, "b.txt", "bravo");
    put_file(deeper, "c.txt", "charlie");
    put_file(root, "z.txt", "zulu");
    return root;
}

static void remove_tree(const char *root)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    assert_int_equal(system(cmd), 0);
}

/* make_tree, listed into l (its four files). */
static char *listed_tree(input_list *l)
{
    char *root = make_tree();
    eg_err e;
    assert_int_equal(input_add(l, root, &e), 0);
    assert_int_equal(l->n, 4);
    return root;
}

/* Frees what a test made and removes its tree. */
static void done(input_dir *d, input_bytes *b, input_list *l, char *root)
{
    input_dir_close(d);
    input_bytes_free(b);
    input_list_free(l);
    remove_tree(root);
    free(root);
}

/* Every file, nested ones included, comes back with its own bytes through
 * one reader that goes from folder to folder and back (root, sub, deeper,
 * root again); ids are the whole paths. */
static void test_read_nested_relative(void **state)
{
    (void)state;
    input_list l = {0};
    eg_err e;
    char *root = listed_tree(&l);
    static const char *const names[] = {"a.txt", "sub/b.txt", "sub/deeper/c.txt", "z.txt"};
    static const char *const texts[] = {"alpha", "bravo", "charlie", "zulu"};
    input_dir d = {0};
    input_bytes b = {0};
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < l.n; i++) {
            char want[512];
            snprintf(want, sizeof want, "%s/%s", root, names[i]);
            assert_string_equal(l.paths[i], want);
            assert_int_not_equal(l.dir[i], 0); /* found in a folder: opened relative to it */
            assert_int_equal(input_read_entry(&b, &d, &l, i, &e), 0);
            assert_int_equal(b.len, strlen(texts[i]));
            assert_memory_equal(b.data, texts[i], b.len);
        }
    done(&d, &b, &l, root);
}

/* A file removed after the listing, then a whole folder renamed away: the
 * read fails with a message naming the whole path, and the other files of
 * the listing still read. */
static void test_read_gone_names_whole_path(void **state)
{
    (void)state;
    input_list l = {0};
    eg_err e;
    char *root = listed_tree(&l);
    input_dir d = {0};
    input_bytes b = {0};
    assert_int_equal(input_read_entry(&b, &d, &l, 0, &e), 0); /* root held open */
    assert_int_equal(unlink(l.paths[3]), 0);
    char want[600];
    snprintf(want, sizeof want, "%s: cannot open: No such file or directory", l.paths[3]);
    assert_int_equal(input_read_entry(&b, &d, &l, 3, &e), -1);
    assert_string_equal(e.msg, want);

    char sub[512], moved[512];
    snprintf(sub, sizeof sub, "%s/sub", root);
    snprintf(moved, sizeof moved, "%s/moved", root);
    assert_int_equal(rename(sub, moved), 0);
    snprintf(want, sizeof want, "%s: cannot open: No such file or directory", l.paths[1]);
    assert_int_equal(input_read_entry(&b, &d, &l, 1, &e), -1);
    assert_string_equal(e.msg, want);
    assert_int_equal(input_read_entry(&b, &d, &l, 0, &e), 0);
    assert_memory_equal(b.data, "alpha", 5);
    done(&d, &b, &l, root);
}

/* A file named on the command line has no folder: read by its path. */
static void test_named_file_by_path(void **state)
{
    (void)state;
    char *root = make_tree();
    char path[512];
    snprintf(path, sizeof path, "%s/sub/deeper/c.txt", root);
    input_list l = {0};
    eg_err e;
    assert_int_equal(input_add(&l, path, &e), 0);
    assert_int_equal(l.n, 1);
    assert_int_equal(l.dir[0], 0);
    input_dir d = {0};
    input_bytes b = {0};
    assert_int_equal(input_read_entry(&b, &d, &l, 0, &e), 0);
    assert_memory_equal(b.data, "charlie", 7);
    done(&d, &b, &l, root);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read_nested_relative),
        cmocka_unit_test(test_read_gone_names_whole_path),
        cmocka_unit_test(test_named_file_by_path),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
