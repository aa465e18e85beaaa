#ifndef MARROW_CSYSTEMSHIMS_H
#define MARROW_CSYSTEMSHIMS_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int marrow_exchange_paths(const char *first, const char *second);

/// Removes a folder and everything under it, depth first, never following symbolic links.
/// Returns 0 on success, -1 with errno set otherwise.
int marrow_remove_tree(const char *path);

#endif
