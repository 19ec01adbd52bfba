/* Restores the terminal when the process crashes (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT).
 *
 * The handler state lives in the .c file (a static in a header would exist once per module).
 * Call ctr_save_terminal() before initscr() and ctr_install_crash_guard() after it. */
#ifndef CTERMINALRESTORE_H
#define CTERMINALRESTORE_H

/* Saves the terminal mode of standard input; returns 0 on success, -1 when stdin is no terminal. */
int ctr_save_terminal(void);

/* Installs the crash handlers: they restore the saved mode, leave the alternate screen,
 * show the cursor, and re-raise into the previous handler (the Swift backtracer). */
void ctr_install_crash_guard(void);

/* Puts back the handlers that were there before ctr_install_crash_guard(). */
void ctr_remove_crash_guard(void);

#endif
