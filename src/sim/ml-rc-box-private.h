/* ml-rc-box-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sim's immutable data that threads share (the type registry, frame layouts, snapshots)
 * lives in g_atomic_rc_box allocations, so that any thread may drop the last reference.  Their
 * boxed types and their ref and unref functions differ only in names; one macro defines them.
 */

#pragma once

#include <glib-object.h>

/* Defines the boxed type of TypeName and type_name_ref() / type_name_unref(), for a TypeName
 * allocated with g_atomic_rc_box_new0(); @clear_func frees its contents when the last
 * reference goes.  Use it after @clear_func. */
#define ML_DEFINE_ATOMIC_RC_BOXED_TYPE(TypeName, type_name, clear_func) \
  G_DEFINE_BOXED_TYPE (TypeName, type_name, type_name##_ref, type_name##_unref) \
  \
  TypeName * \
  type_name##_ref (TypeName *self) \
  { \
    g_return_val_if_fail (self != NULL, NULL); \
    return g_atomic_rc_box_acquire (self); \
  } \
  \
  void \
  type_name##_unref (TypeName *self) \
  { \
    g_return_if_fail (self != NULL); \
    g_atomic_rc_box_release_full (self, clear_func); \
  }
