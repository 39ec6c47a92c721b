/*
 * Whole index folders, for the writers that replace one index by another
 * (bulk.c, ps_indexer_compact): removing a folder tree, and swapping two
 * folders in one step.  Internal to indexer/.
 */
#ifndef PS_FOLDERS_H
#define PS_FOLDERS_H

/* Remove a folder and everything in it; absent is fine.  0, or -1 with errno. */
int psf_remove_tree(const char *path);

/*
 * Exchange the folders a and b in one atomic step (renameat2 with
 * RENAME_EXCHANGE): whoever opens either path sees one folder or the other,
 * never neither.  0, or -1 with errno (EINVAL when the file system cannot do
 * it; nothing has moved then).
 */
int psf_exchange(const char *a, const char *b);

/* Bytes of the regular files directly in a folder (an index folder is
 * flat); 0 when absent. */
unsigned long long psf_folder_bytes(const char *path);

/* a followed by b in a new string (malloc), or NULL when out of memory:
   an index's side folders (<index>.build-tmp, <tmp>/merged). */
char *psf_join(const char *a, const char *b);

#endif
