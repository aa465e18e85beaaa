#ifndef MARROW_CSYSTEMSHIMS_H
#define MARROW_CSYSTEMSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int marrow_exchange_paths(const char *first, const char *second);

/// Removes a folder and everything under it, depth first, never following symbolic links.
/// Returns 0 on success, -1 with errno set otherwise.
int marrow_remove_tree(const char *path);

/// When the file `relative` under the open folder `previous` (the site being replaced) holds
/// exactly `count` bytes equal to `bytes`, hard-links it as `target` and returns 1: an unchanged
/// page then costs no new inode, and removing the old site frees none. Symbolic links on the way
/// and paths leaving `previous` are refused. Returns 0 when the caller must write the file.
int marrow_link_if_same(int previous, const char *relative, const void *bytes, unsigned long count, const char *target);

/// Hands the allocator's free pages back to the system (glibc's malloc_trim; nothing elsewhere):
/// called between stages, after a stage's trees are replaced, it keeps the peak resident size to
/// what the next stage needs.
void marrow_release_free_memory(void);

#endif
