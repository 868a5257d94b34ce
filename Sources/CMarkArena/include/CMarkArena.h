#ifndef CMARK_ARENA_H
#define CMARK_ARENA_H
#include <cmark-gfm.h>

/*
 * A bump allocator for cmark-gfm, one per thread: a page's parser, nodes and the C strings cmark makes of their
 * literals are carved out of large blocks and all given back at once when the page has been read
 * (`docgen_arena_reset`), instead of a `calloc` and a `free` for each of the many small pieces a page of tables
 * needs. cmark-gfm's own arena (`cmark_get_arena_mem_allocator`) is one for the whole process, which pages parsed
 * on several threads at once cannot share.
 */

/* The allocator to pass to `cmark_parser_new_with_mem`: pieces come from the calling thread's arena. */
cmark_mem *docgen_arena_mem(void);

/* Gives back every piece of the calling thread's arena; keeps up to 16 MiB of its blocks for the next page. */
void docgen_arena_reset(void);
#endif
