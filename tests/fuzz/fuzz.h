/* fuzz.h - shared by the libFuzzer targets in tests/fuzz/ and by the replay
 * unit test that runs their seeds and regression inputs in `make test`.
 *
 * Each target defines LLVMFuzzerInitialize and LLVMFuzzerTestOneInput and
 * keeps every other symbol static with a per-target prefix, so the replay
 * test can include several targets in one translation unit (renaming the two
 * entry points with macros). FZ_CHECK aborts with the broken invariant, which
 * libFuzzer reports as a crash and the replay test as a failure. */
#ifndef ENTGRAPH_FUZZ_H
#define ENTGRAPH_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define FZ_CHECK(cond)                                                                                                 \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);                               \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (0)

/* Writes data to a fresh file under $TMPDIR (or /tmp) and returns its path
 * (owned by the caller, who unlinks it), or NULL if the file can't be made. */
static inline char *fz_temp_file(const void *data, size_t n)
{
    const char *dir = getenv("TMPDIR");
    char *path = malloc(4096);
    if (!path)
        return NULL;
    snprintf(path, 4096, "%s/entgraph-fuzz-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) {
        free(path);
        return NULL;
    }
    const char *p = data;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0)
            break;
        p += w;
        n -= (size_t)w;
    }
    close(fd);
    if (n > 0) {
        unlink(path);
        free(path);
        return NULL;
    }
    return path;
}

/* A small gazetteer for the matcher and pipeline targets: every case rule,
 * short forms, ambiguity, multi-word, hyphenated and non-ASCII aliases. */
static inline const char *fz_gazetteer(void)
{
    return "# fuzz gazetteer\n"
           "id\ttype\tname\taliases\tbloc\tcountry\tcase\tnote\n"
           "usa\tcountry\tUnited States\tUS|U.S.|America|Washington\tus-rok\tUSA\t\tx\n"
           "kor\tcountry\tSouth Korea\tROK|Seoul|Republic of Korea\tus-rok\tKOR\t\t\n"
           "prk\tcountry\tNorth Korea\tDPRK|Pyongyang|N. Korea\tadversary\tPRK\t\t\n"
           "kim-jong-un\tperson\tKim Jong Un\tKim Jong-un|~Kim\tadversary\tPRK\t\t\n"
           "kim-yo-jong\tperson\tKim Yo Jong\t~Kim\tadversary\tPRK\t\t\n"
           "felix-lee\tperson\tFelix Lee\t~Lee|=LEE\tneutral\t\t\t\n"
           "cyber\tissue\tcyber\tcyber attack|cybersecurity|hacking\t\t\t\t\n"
           "sat\tissue\tsatellite\tspy satellite\t\t\tany\t\n"
           "nato\torganization\tNATO\tNorth Atlantic Treaty Organization|Nato\tus-rok\t\texact\t\n"
           "apt28\tgroup\tAPT28\tFancy Bear|Unit 26165|Strontium\tadversary\tRUS\t\t\n"
           "rus\tcountry\tRussia\tMoscow|\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0|the Kremlin\tadversary\tRUS\t\t\n"
           "fra\tcountry\tFrance\t\xc3\x89lys\xc3\xa9" "e|C\xc3\xb4te d\xe2\x80\x99" "Azur\tneutral\tFRA\t\t\n"
           "jpn\tcountry\tJapan\tTokyo|\xe6\x97\xa5\xe6\x9c\xac\tus-rok\tJPN\t\t\n"
           "pact\tagreement\tCamp David accord\tCamp David|accord of Camp David\t\t\t\t\n";
}

/* A small relation lexicon for the pipeline target. */
static inline const char *fz_relations(void)
{
    return "trigger\trelation\tquadclass\tgoldstein\tdirection\n"
           "met|meets|meet|met with|talks with\tconsult\t1\t1\tsym\n"
           "signed|sign|signs\tsign_agreement\t1\t5.5\tsym\n"
           "attacked|attacks|hacked\tattack\t4\t-10\tab\n"
           "sanctioned|sanctions\tsanction\t4\t-8\tab\n"
           "warned|threatened\tthreaten\t3\t-5\tab\n"
           "supplied|supplies|shipped arms to\tsupply\t2\t6\tab\n"
           "alliance|ties\tcooperate\t2\t7\tsym\n";
}

#endif
