/* The ncursesw wide-character API for Swift 6.
 *
 * SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags, so curses.h would hide the wide API;
 * NCURSES_WIDECHAR must be defined before the include. Macros and C globals that Swift cannot
 * import (or that are errors under strict concurrency) get small accessors here.
 * See ../shared/research/ncurses-swift.md sections 1 and 2. */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>

/* glibc declares these only with _XOPEN_SOURCE, which the prebuilt Glibc module lacks. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

/* Attributes (macros built from NCURSES_BITS; not importable). */
static const attr_t CN_A_NORMAL = A_NORMAL;
static const attr_t CN_A_BOLD = A_BOLD;
static const attr_t CN_A_DIM = A_DIM;
static const attr_t CN_A_REVERSE = A_REVERSE;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_ITALIC = A_ITALIC;

/* Mouse masks. */
static const mmask_t CN_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t CN_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t CN_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t CN_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t CN_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t CN_BUTTON5_PRESSED = BUTTON5_PRESSED;

/* Function-like macros. */
static inline int cn_key_f(int n) { return KEY_F(n); }

/* C globals: every reference is an error in Swift 6 mode, so read them through functions. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }

/* The codeset of the current locale ("UTF-8" when wide text works). */
static inline const char *cn_codeset(void) { return nl_langinfo(CODESET); }

/* Draw one cell: a spacing character plus up to four combining ones, with an extended pair. */
static inline int cn_draw_cell(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    int p = pair;
    if (setcchar(&cell, text, attrs, 0, &p) == ERR) {
        return ERR;
    }
    return mvadd_wch(y, x, &cell);
}

/* Read back the text of one screen cell into out (at most max wide characters, NUL-terminated);
 * returns the number of characters, or -1. For checking where curses put each glyph. */
static inline int cn_read_cell(int y, int x, wchar_t *out, int max) {
    cchar_t cell;
    attr_t attrs = 0;
    short pair = 0;
    wchar_t text[CCHARW_MAX + 1];
    if (mvin_wch(y, x, &cell) == ERR) {
        return -1;
    }
    if (getcchar(&cell, text, &attrs, &pair, NULL) == ERR) {
        return -1;
    }
    int n = 0;
    while (n < max - 1 && n < CCHARW_MAX && text[n] != 0) {
        out[n] = text[n];
        n++;
    }
    out[n] = 0;
    return n;
}

/* Read one key: returns OK (character in *value), KEY_CODE_YES (key code in *value) or ERR. */
static inline int cn_get_wch(unsigned int *value) {
    wint_t w = 0;
    int rc = get_wch(&w);
    *value = (unsigned int)w;
    return rc;
}

#endif
