/*
 * The generated gazetteer table (corpus/gazetteer_data.c, made by
 * gen-gazetteer.js).  Private to corpus/gazetteer.c; everything here is
 * read-only.
 */
#ifndef PS_GAZETTEER_DATA_H
#define PS_GAZETTEER_DATA_H

#include <stddef.h>
#include <stdint.h>

typedef struct ps_gaz_row {
    uint32_t code;  /* 6 digits (province, prefecture, county) or 9 (township) */
    int32_t parent; /* index of the parent row, -1 for a province */
    uint8_t level;  /* enum ps_place_level */
} ps_gaz_row;

typedef struct ps_gaz_former {
    const char *name; /* "哈密地区" */
    uint32_t code;    /* of the current place, "650500" as a number */
} ps_gaz_former;

/* Rows in depth-first order: each place is followed by everything inside it. */
extern const size_t ps_gaz_row_count;
extern const ps_gaz_row ps_gaz_rows[];
/* The rows' names in row order, each ended by a NUL. */
extern const char ps_gaz_names[];

extern const size_t ps_gaz_former_count;
extern const ps_gaz_former ps_gaz_formers[];

#endif
