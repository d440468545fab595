/* ml-inline-std.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The functions of the standard library a program may call that Go 1.27 inlines, with the
 * cost gc gives them and the calls their bodies inline in turn, as go1.27.3 compiles its
 * own packages.  MemLab's bundled packages are Go's code simplified, so their bodies cannot
 * say it; this table does.  tests/lang/inline-std/regen.sh writes it: it compiles a
 * wrapper around every function of the bundled packages (and fmt's) with -gcflags=-m and
 * the packages themselves with -m=2 for the costs.  A function missing here is not
 * inlined.
 */

#define G_LOG_DOMAIN "ml-inline"

#include "config.h"

#include <string.h>

#include "ml-inline-private.h"

/* Sorted by name, as -m prints it. */
static const MlInlineStd std_funcs[] = {
  { "errors.Join", 54, "" },
  { "errors.New", 6, "" },
  { "errors.Unwrap", 75, "" },
  { "fmt.Errorf", 79, "2errors.New" },
  { "fmt.Print", 72, "" },
  { "fmt.Printf", 73, "" },
  { "fmt.Println", 72, "" },
  { "math.Abs", 14, "2math.Float64bits;2math.Float64frombits" },
  { "math.Acos", 71, "2math.acos;2math.Asin" },
  { "math.Acosh", 61, "" },
  { "math.Asin", 61, "" },
  { "math.Asinh", 61, "" },
  { "math.Atan", 61, "" },
  { "math.Atan2", 62, "" },
  { "math.Atanh", 61, "" },
  { "math.Cbrt", 61, "" },
  { "math.Copysign", 23, "2math.Float64bits;2math.Float64bits;2math.Float64frombits" },
  { "math.Cos", 61, "" },
  { "math.Cosh", 61, "" },
  { "math.Dim", 15, "" },
  { "math.Exp", 61, "" },
  { "math.Exp2", 61, "" },
  { "math.Expm1", 61, "" },
  { "math.Float32bits", 3, "" },
  { "math.Float32frombits", 3, "" },
  { "math.Float64bits", 3, "" },
  { "math.Float64frombits", 3, "" },
  { "math.Frexp", 70, "" },
  { "math.Hypot", 62, "" },
  { "math.Inf", 21, "2math.Float64frombits" },
  { "math.IsInf", 35, "2math.Abs;3math.Float64bits;3math.Float64frombits" },
  { "math.IsNaN", 4, "" },
  { "math.Ldexp", 62, "" },
  { "math.Log", 61, "" },
  { "math.Log10", 71, "2math.log10;2math.Log" },
  { "math.Log1p", 61, "" },
  { "math.Log2", 61, "" },
  { "math.Max", 62, "" },
  { "math.Min", 62, "" },
  { "math.Mod", 62, "" },
  { "math.Modf", 37, "2math.Copysign;3math.Float64bits;3math.Float64bits;3math.Float64frombits" },
  { "math.NaN", 7, "2math.Float64frombits" },
  { "math.Pow", 62, "" },
  { "math.Pow10", 77, "2math.Inf;3math.Float64frombits" },
  { "math.Remainder", 62, "" },
  { "math.Round", 57, "2math.Float64bits;2math.Float64frombits" },
  { "math.Signbit", 10, "2math.Float64bits" },
  { "math.Sin", 61, "" },
  { "math.Sinh", 61, "" },
  { "math.Sqrt", 4, "" },
  { "math.Tan", 61, "" },
  { "math.Tanh", 61, "" },
  { "sort.Float64Slice.Len", 3, "" },
  { "sort.Float64Slice.Less", 29, "2sort.isNaN;2sort.isNaN" },
  { "sort.Float64Slice.Sort", 61, "" },
  { "sort.Float64Slice.Swap", 13, "" },
  { "sort.Float64sAreSorted", 69, "2slices.IsSorted[go.shape.[]float64,go.shape.float64];2cmp.Less[go.shape.float64];2cmp.isNaN[go.shape.float64];2cmp.isNaN[go.shape.float64]" },
  { "sort.IntSlice.Len", 3, "" },
  { "sort.IntSlice.Less", 8, "" },
  { "sort.IntSlice.Sort", 61, "" },
  { "sort.IntSlice.Swap", 13, "" },
  { "sort.IntsAreSorted", 69, "2slices.IsSorted[go.shape.[]int,go.shape.int];2cmp.Less[go.shape.int];2cmp.isNaN[go.shape.int];2cmp.isNaN[go.shape.int]" },
  { "sort.Reverse", 6, "" },
  { "sort.Search", 56, "" },
  { "sort.SearchFloat64s", 77, "2sort.Search;2sort.SearchFloat64s.func1" },
  { "sort.SearchInts", 77, "2sort.Search;2sort.SearchInts.func1" },
  { "sort.SearchStrings", 77, "2sort.Search;2sort.SearchStrings.func1" },
  { "sort.StringSlice.Len", 3, "" },
  { "sort.StringSlice.Less", 8, "" },
  { "sort.StringSlice.Sort", 61, "" },
  { "sort.StringSlice.Swap", 13, "" },
  { "sort.StringsAreSorted", 69, "2slices.IsSorted[go.shape.[]string,go.shape.string];2cmp.Less[go.shape.string];2cmp.isNaN[go.shape.string];2cmp.isNaN[go.shape.string]" },
  { "strconv.(*NumError).Unwrap", 3, "" },
  { "strconv.AppendBool", 15, "2strconv.AppendBool" },
  { "strconv.AppendInt", 63, "" },
  { "strconv.AppendQuote", 65, "" },
  { "strconv.AppendQuoteRune", 65, "" },
  { "strconv.AppendQuoteRuneToASCII", 65, "" },
  { "strconv.AppendQuoteRuneToGraphic", 65, "" },
  { "strconv.AppendQuoteToASCII", 65, "" },
  { "strconv.AppendQuoteToGraphic", 65, "" },
  { "strconv.AppendUint", 63, "" },
  { "strconv.FormatBool", 10, "2strconv.FormatBool" },
  { "strconv.FormatFloat", 64, "" },
  { "strconv.FormatInt", 62, "" },
  { "strconv.FormatUint", 62, "" },
  { "strconv.Itoa", 66, "2strconv.Itoa" },
  { "strconv.Quote", 80, "2strconv.quoteWith" },
  { "strconv.QuoteRune", 73, "2strconv.quoteRuneWith" },
  { "strconv.QuoteRuneToASCII", 73, "2strconv.quoteRuneWith" },
  { "strconv.QuoteRuneToGraphic", 73, "2strconv.quoteRuneWith" },
  { "strconv.QuoteToASCII", 80, "2strconv.quoteWith" },
  { "strconv.QuoteToGraphic", 80, "2strconv.quoteWith" },
  { "strings.(*Builder).Cap", 4, "" },
  { "strings.(*Builder).Len", 4, "" },
  { "strings.(*Builder).Reset", 8, "" },
  { "strings.(*Builder).String", 8, "" },
  { "strings.(*Builder).Write", 32, "2strings.(*Builder).copyCheck;3abi.NoEscape" },
  { "strings.(*Builder).WriteByte", 30, "2strings.(*Builder).copyCheck;3abi.NoEscape" },
  { "strings.(*Builder).WriteString", 32, "2strings.(*Builder).copyCheck;3abi.NoEscape" },
  { "strings.Clone", 29, "2stringslite.Clone" },
  { "strings.Compare", 67, "2bytealg.CompareString" },
  { "strings.Contains", 69, "2strings.Index" },
  { "strings.ContainsAny", 64, "" },
  { "strings.ContainsFunc", 48, "2strings.IndexFunc;3strings.indexFunc;4@1" },
  { "strings.ContainsRune", 64, "" },
  { "strings.Cut", 75, "" },
  { "strings.CutPrefix", 42, "2stringslite.CutPrefix;3stringslite.HasPrefix" },
  { "strings.CutSuffix", 48, "2stringslite.CutSuffix;3stringslite.HasSuffix" },
  { "strings.HasPrefix", 18, "2stringslite.HasPrefix" },
  { "strings.HasSuffix", 21, "2stringslite.HasSuffix" },
  { "strings.Index", 62, "" },
  { "strings.IndexByte", 67, "2stringslite.IndexByte" },
  { "strings.IndexFunc", 41, "2strings.indexFunc;3@1" },
  { "strings.LastIndexByte", 30, "2bytealg.LastIndexByteString" },
  { "strings.LastIndexFunc", 63, "" },
  { "strings.NewReplacer", 17, "" },
  { "strings.ReplaceAll", 64, "" },
  { "strings.Split", 64, "" },
  { "strings.SplitAfter", 65, "" },
  { "strings.SplitAfterN", 65, "" },
  { "strings.SplitN", 64, "" },
  { "strings.ToTitle", 62, "" },
  { "strings.TrimLeftFunc", 54, "2strings.indexFunc;3@1" },
  { "strings.TrimPrefix", 30, "2stringslite.TrimPrefix;3stringslite.HasPrefix" },
  { "strings.TrimSuffix", 36, "2stringslite.TrimSuffix;3stringslite.HasSuffix" },
  { "unicode.IsControl", 16, "" },
  { "unicode.IsDigit", 74, "" },
  { "unicode.IsLetter", 76, "" },
  { "unicode.IsLower", 76, "" },
  { "unicode.IsMark", 62, "" },
  { "unicode.IsNumber", 76, "" },
  { "unicode.IsPunct", 76, "" },
  { "unicode.IsSymbol", 76, "" },
  { "unicode.IsTitle", 68, "" },
  { "unicode.IsUpper", 76, "" },
  { "unicode.To", 67, "" },
  { "utf8.AppendRune", 72, "" },
  { "utf8.DecodeRune", 79, "" },
  { "utf8.DecodeRuneInString", 80, "" },
  { "utf8.EncodeRune", 75, "" },
  { "utf8.FullRune", 79, "" },
  { "utf8.FullRuneInString", 79, "" },
  { "utf8.RuneCount", 46, "2utf8.RuneCountInString" },
  { "utf8.RuneCountInString", 7, "" },
  { "utf8.RuneLen", 43, "" },
  { "utf8.RuneStart", 6, "" },
  { "utf8.ValidRune", 23, "" },
};

static int
compare_std (const void *key,
             const void *elem)
{
  return strcmp (key, ((const MlInlineStd *) elem)->go_name);
}

const MlInlineStd *
_ml_inline_std_lookup (const char *name)
{
  return bsearch (name, std_funcs, G_N_ELEMENTS (std_funcs), sizeof std_funcs[0], compare_std);
}
