#pragma once
/*
 * The readline-compatible subset of libedit that the terminal layer uses.
 * Declared here rather than included from <editline/readline.h> so the
 * package builds where only the runtime (libedit2) is installed, not
 * libedit-dev. These are libedit's stable readline-compat ABI (SONAME .2).
 */
typedef char **rl_completion_func_t(const char *text, int start, int end);
char *readline(const char *prompt);
int   add_history(const char *line);
void  using_history(void);
void  stifle_history(int max);
int   read_history(const char *path);
int   write_history(const char *path);
int   rl_parse_and_bind(const char *line);
extern rl_completion_func_t *rl_attempted_completion_function;
extern int   rl_attempted_completion_over;
extern int   rl_completion_append_character;
extern int   rl_catch_signals;
extern char *rl_line_buffer;
extern const char *rl_readline_name;
