/* ml-palette.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The light and dark palettes every view draws with, and the contrast check the tests use to
 * keep text readable on them.  Colours are chosen here once, so that no view picks its own.
 */

#include "config.h"

#include <math.h>

#include "ml-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Named colours of the GNOME palette (Adwaita). */
#define BLUE_1   0x99c1f1
#define BLUE_3   0x3584e4
#define BLUE_4   0x1c71d8
#define GREEN_1  0x8ff0a4
#define GREEN_4  0x2ec27e
#define YELLOW_1 0xf9f06b
#define YELLOW_4 0xf5c211
#define ORANGE_1 0xffbe6f
#define ORANGE_4 0xe66100
#define RED_3    0xe01b24
#define PURPLE_1 0xdc8add
#define PURPLE_4 0x813d9c
#define LIGHT_1  0xffffff
#define LIGHT_2  0xf6f5f4
#define LIGHT_3  0xdeddda
#define LIGHT_4  0xc0bfbc
#define DARK_1   0x77767b
#define DARK_2   0x5e5c64
#define DARK_3   0x3d3846
#define DARK_4   0x241f31
#define DARK_5   0x000000

static const MlPalette light_palette = {
  .background = RGB (0xfafafb),
  .foreground = { 0, 0, 0.024, 0.8 },
  .dim_foreground = { 0, 0, 0.024, 0.55 },
  .border = RGB (LIGHT_4),
  .accent = RGB (BLUE_4),

  .object_white = RGB (LIGHT_1),
  .object_grey = RGB (0x9a9996),
  .object_black = RGB (DARK_4),
  .object_freed = { 0.75, 0.75, 0.74, 0.35 },
  .object_white_text = RGB (DARK_4),
  .object_grey_text = RGB (DARK_5),
  .object_black_text = RGB (LIGHT_1),

  .segment_text = RGB (PURPLE_1),
  .segment_rodata = RGB (0xf0c4f0),
  .segment_data = RGB (GREEN_1),
  .segment_heap = RGB (ORANGE_1),
  .segment_stack = RGB (BLUE_1),
  .segment_free = RGB (LIGHT_2),

  .pointer = RGB (BLUE_4),
  .highlight = RGB (YELLOW_4),
  .stw_band = { 0.878, 0.106, 0.141, 0.18 },
};

static const MlPalette dark_palette = {
  .background = RGB (0x222226),
  .foreground = RGB (LIGHT_1),
  .dim_foreground = { 1, 1, 1, 0.6 },
  .border = RGB (DARK_2),
  .accent = RGB (0x78aeed),

  .object_white = RGB (LIGHT_2),
  .object_grey = RGB (DARK_1),
  .object_black = RGB (DARK_5),
  .object_freed = { 0.37, 0.36, 0.39, 0.35 },
  .object_white_text = RGB (DARK_4),
  .object_grey_text = RGB (LIGHT_1),
  .object_black_text = RGB (LIGHT_1),

  .segment_text = RGB (PURPLE_4),
  .segment_rodata = RGB (0x613583),
  .segment_data = RGB (0x26a269),
  .segment_heap = RGB (ORANGE_4),
  .segment_stack = RGB (0x1a5fb4),
  .segment_free = RGB (DARK_3),

  .pointer = RGB (0x78aeed),
  .highlight = RGB (YELLOW_1),
  .stw_band = { 0.878, 0.106, 0.141, 0.28 },
};

const MlPalette *
ml_palette_get (MlTheme theme)
{
  return theme == ML_THEME_DARK ? &dark_palette : &light_palette;
}

/**
 * ml_theme_from_string:
 * @name: "light" or "dark"
 *
 * Returns: %TRUE if @name names a theme
 */
gboolean
ml_theme_from_string (const char *name,
                      MlTheme    *theme)
{
  g_return_val_if_fail (theme != NULL, FALSE);

  if (g_strcmp0 (name, "light") == 0)
    *theme = ML_THEME_LIGHT;
  else if (g_strcmp0 (name, "dark") == 0)
    *theme = ML_THEME_DARK;
  else
    return FALSE;

  return TRUE;
}

static double
relative_luminance (const MlColor *c)
{
  double channel[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    channel[i] = channel[i] <= 0.03928 ? channel[i] / 12.92 : pow ((channel[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

/**
 * ml_color_contrast_ratio:
 *
 * The WCAG contrast ratio of two opaque colours, from 1 (none) to 21 (black on white).
 * Translucent colours are composed over @b first.
 */
double
ml_color_contrast_ratio (const MlColor *a,
                         const MlColor *b)
{
  MlColor over = *a;
  double la;
  double lb;

  g_return_val_if_fail (a != NULL && b != NULL, 1.0);

  over.red = a->red * a->alpha + b->red * (1 - a->alpha);
  over.green = a->green * a->alpha + b->green * (1 - a->alpha);
  over.blue = a->blue * a->alpha + b->blue * (1 - a->alpha);

  la = relative_luminance (&over);
  lb = relative_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}
