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
    /* The pieces follow, from a 16-byte boundary. */
} docgen_arena_block;

typedef struct docgen_arena {
    docgen_arena_block *first;
    docgen_arena_block *current;
    /* The free room of the current block: pieces are cut from `cursor` up to `limit` (both null before the first). */
    unsigned char *cursor;
    unsigned char *limit;
    /* The last piece handed out, which `realloc` may grow in place. */
    unsigned char *last;
} docgen_arena;

static _Thread_local docgen_arena thread_arena;

enum { DOCGEN_ARENA_HEADER = 16, DOCGEN_ARENA_BLOCK = 1 << 20, DOCGEN_ARENA_KEPT = 16 << 20 };

static unsigned char *docgen_arena_block_data(docgen_arena_block *block) {
    return (unsigned char *)block + ((sizeof(docgen_arena_block) + 15) & ~(size_t)15);
}

/* Out of memory: stops the program as cmark-gfm's own allocator does. */
static void docgen_arena_exhausted(void) {
    fprintf(stderr, "[cmark] calloc returned null pointer, aborting\n");
    abort();
}

/* The room a piece of `size` bytes takes: its header and its bytes rounded up to 16 (`size` ≤ SIZE_MAX / 2). */
static size_t docgen_arena_room(size_t size) { return DOCGEN_ARENA_HEADER + ((size + 15) & ~(size_t)15); }

/* Cuts a piece of `size` bytes, taking `needed` bytes of room, from the current block, which has that room. */
static void *docgen_arena_cut(docgen_arena *arena, size_t size, size_t needed) {
    unsigned char *piece = arena->cursor;
    arena->cursor = piece + needed;
    *(size_t *)piece = size;
    arena->last = piece + DOCGEN_ARENA_HEADER;
    return arena->last;
}

/* A piece of `size` bytes from the next block with room for it: reused from earlier pages, or new. */
__attribute__((noinline)) static void *docgen_arena_take_from_next_block(size_t size) {
    docgen_arena *arena = &thread_arena;
    if (size > SIZE_MAX / 2) { docgen_arena_exhausted(); }
    size_t needed = docgen_arena_room(size);
    docgen_arena_block *block = arena->current;
    for (;;) {
        docgen_arena_block *next = block == NULL ? arena->first : block->next;
        if (next == NULL) {
            size_t capacity = needed > DOCGEN_ARENA_BLOCK ? needed : DOCGEN_ARENA_BLOCK;
            next = (docgen_arena_block *)malloc(((sizeof(docgen_arena_block) + 15) & ~(size_t)15) + capacity);
            if (next == NULL) { docgen_arena_exhausted(); }
            next->next = NULL;
            next->capacity = capacity;
            if (block == NULL) { arena->first = next; } else { next->next = block->next; block->next = next; }
        }
        block = next;
        if (block->capacity >= needed) { break; }
    }
    arena->current = block;
    arena->cursor = docgen_arena_block_data(block);
    arena->limit = arena->cursor + block->capacity;
    return docgen_arena_cut(arena, size, needed);
}

/* A piece of `size` bytes, not zeroed: cut from the current block when it has room (nearly always). */
static inline void *docgen_arena_take(size_t size) {
    docgen_arena *arena = &thread_arena;
    size_t needed = docgen_arena_room(size);
    if (__builtin_expect(size <= SIZE_MAX / 2 && (uintptr_t)arena->limit - (uintptr_t)arena->cursor >= needed, 1)) {
        return docgen_arena_cut(arena, size, needed);
    }
    return docgen_arena_take_from_next_block(size);
}

static void *docgen_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) { docgen_arena_exhausted(); }
    void *piece = docgen_arena_take(count * size);
    memset(piece, 0, count * size);
    return piece;
}

static void *docgen_arena_realloc(void *pointer, size_t size) {
    if (pointer == NULL) { return docgen_arena_take(size); }
    docgen_arena *arena = &thread_arena;
    unsigned char *piece = (unsigned char *)pointer;
    size_t old = *(size_t *)(piece - DOCGEN_ARENA_HEADER);
    if (size <= old) { return pointer; }
    if (piece == arena->last && size <= SIZE_MAX / 2) {
        /* The last piece: it grows in place when the block has room after its start. */
        size_t rounded = (size + 15) & ~(size_t)15;
        if ((uintptr_t)arena->limit - (uintptr_t)piece >= rounded) {
            arena->cursor = piece + rounded;
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
    docgen_arena *arena = &thread_arena;
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
        link = &block->next;
    }
    arena->current = NULL;
    arena->cursor = NULL;
    arena->limit = NULL;
    arena->last = NULL;
}
