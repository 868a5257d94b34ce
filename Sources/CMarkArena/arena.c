#include "CMarkArena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Each piece is preceded by its size (for `realloc`) and aligned to 16 bytes. A piece that does not fit the
 * current block takes the next one, reused from earlier pages, or a new block of at least 1 MiB. `free` does
 * nothing; the last piece grows in place when `realloc` finds room after it. Blocks are kept for the thread's next
 * page, up to 16 MiB (most pages take one; the largest of the whole API, 0.84 MB, takes 22); beyond that the extra
 * ones are freed at the reset. Out of memory stops the program with cmark-gfm's own message, as its default
 * allocator does.
 */

typedef struct docgen_arena_block {
    struct docgen_arena_block *next;
    size_t capacity;
    size_t used;
    /* The pieces follow, from a 16-byte boundary. */
} docgen_arena_block;

typedef struct docgen_arena {
    docgen_arena_block *first;
    docgen_arena_block *current;
    /* The last piece handed out, which `realloc` may grow in place. */
    unsigned char *last;
} docgen_arena;

static _Thread_local docgen_arena thread_arena;

static docgen_arena *docgen_thread_arena(void) { return &thread_arena; }

enum { DOCGEN_ARENA_HEADER = 16, DOCGEN_ARENA_BLOCK = 1 << 20, DOCGEN_ARENA_KEPT = 16 << 20 };

static unsigned char *docgen_arena_block_data(docgen_arena_block *block) {
    return (unsigned char *)block + ((sizeof(docgen_arena_block) + 15) & ~(size_t)15);
}

/* Out of memory: stops the program as cmark-gfm's own allocator does. */
static void docgen_arena_exhausted(void) {
    fprintf(stderr, "[cmark] calloc returned null pointer, aborting\n");
    abort();
}

/* A piece of `size` bytes, not zeroed. */
static void *docgen_arena_take(size_t size) {
    docgen_arena *arena = docgen_thread_arena();
    if (size > SIZE_MAX / 2) { docgen_arena_exhausted(); }
    size_t needed = DOCGEN_ARENA_HEADER + ((size + 15) & ~(size_t)15);
    docgen_arena_block *block = arena->current;
    while (block == NULL || block->capacity - block->used < needed) {
        docgen_arena_block *next = block == NULL ? arena->first : block->next;
        if (next == NULL) {
            size_t capacity = needed > DOCGEN_ARENA_BLOCK ? needed : DOCGEN_ARENA_BLOCK;
            next = (docgen_arena_block *)malloc(((sizeof(docgen_arena_block) + 15) & ~(size_t)15) + capacity);
            if (next == NULL) { docgen_arena_exhausted(); }
            next->next = NULL;
            next->capacity = capacity;
            if (block == NULL) { arena->first = next; } else { next->next = block->next; block->next = next; }
        }
        next->used = 0;
        block = next;
        arena->current = block;
    }
    unsigned char *piece = docgen_arena_block_data(block) + block->used;
    block->used += needed;
    *(size_t *)piece = size;
    arena->last = piece + DOCGEN_ARENA_HEADER;
    return piece + DOCGEN_ARENA_HEADER;
}

static void *docgen_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) { docgen_arena_exhausted(); }
    void *piece = docgen_arena_take(count * size);
    memset(piece, 0, count * size);
    return piece;
}

static void *docgen_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) { return docgen_arena_take(size); }
    docgen_arena *arena = docgen_thread_arena();
    unsigned char *piece = (unsigned char *)pointer;
    size_t old = *(size_t *)(piece - DOCGEN_ARENA_HEADER);
    if (size <= old) { return pointer; }
    docgen_arena_block *block = arena->current;
    size_t rounded = (size + 15) & ~(size_t)15;
    if (piece == arena->last && block != NULL && rounded <= SIZE_MAX / 2) {
        size_t start = (size_t)(piece - docgen_arena_block_data(block));
        if (start <= block->capacity && block->capacity - start >= rounded) {
            block->used = start + rounded;
            *(size_t *)(piece - DOCGEN_ARENA_HEADER) = size;
            return pointer;
        }
    }
    void *moved = docgen_arena_take(size);
    memcpy(moved, pointer, old);
    return moved;
}

static void docgen_arena_free(void *pointer) { (void)pointer; }

cmark_mem *docgen_arena_mem(void) {
    static cmark_mem mem = {docgen_arena_calloc, docgen_arena_realloc, docgen_arena_free};
    return &mem;
}

void docgen_arena_reset(void) {
    docgen_arena *arena = docgen_thread_arena();
    size_t kept = 0;
    docgen_arena_block **link = &arena->first;
    while (*link != NULL) {
        docgen_arena_block *block = *link;
        if (kept + block->capacity > DOCGEN_ARENA_KEPT) {
            *link = block->next;
            free(block);
            continue;
        }
        kept += block->capacity;
        block->used = 0;
        link = &block->next;
    }
    arena->current = NULL;
    arena->last = NULL;
}
