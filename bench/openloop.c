/*
 * openloop: an open-loop ("constant rate") HTTP/1.1 load client for PeakXM's response submission benchmark.
 *
 *   openloop --host 127.0.0.1 --port 18080 --survey ID --token TOKEN --rows tp_1,tp_2,...,tp_8 --rate R \
 *            --seconds S [--connections C (default 256)] [--run RUNID] [--warmup S2] [--wake-per-response]
 *
 * SURVEY, TOKEN, ROWS and RUN are read from the environment when their flags are absent (as bench/submit.lua
 * does); RUN defaults to the current time in nanoseconds. bench/submit.sh compiles it with
 *
 *   gcc -O2 -o target/openloop bench/openloop.c -lm
 *
 * (one file, libc and libm only, Linux: epoll). Its CPU per request is one wakeup and three or four system calls
 * (sleep, poll, send, receive), where bench/SubmitLoad.java's open loop costs about 0.34 ms, which on a 2-core
 * machine shared with the application and PostgreSQL is taken from what is being measured.
 *
 * Why open loop: a closed-loop client (wrk, or N workers that each send their next request when the previous
 * answer arrived) stops sending while the server stalls, so the requests that real users would have made during
 * the stall are never sent and never measured ("coordinated omission"): a one-second stall shows up as one slow
 * request per connection instead of a second's worth of slow requests, and the percentiles look far better than
 * what a steady stream of arrivals sees. Here request k is due at t0 + k/R whatever the server does, and its
 * latency is counted from that due time, not from when it could be sent: when no connection is idle, due requests
 * wait in order for the next free one, and that wait is part of their latency (they are counted as "late").
 *
 * How: one thread and epoll; C keep-alive connections are opened at the start (non-blocking connect) and a
 * connection the server closes is opened again. A connection carries one request at a time (no pipelining); the
 * idle connection used last is used next, so the spare ones idle (and may be closed by the server) instead of
 * the next one picked. The loop sleeps until the next due time (clock_nanosleep on CLOCK_MONOTONIC, absolute),
 * so requests leave within microseconds of it, then handles whatever came in meanwhile and sends what is due.
 * Responses do not wake it up: each socket has SO_TIMESTAMPNS, so every read also tells when its last bytes had
 * arrived, and a response's latency ends at that arrival, however much later the loop reads it. That saves a
 * wakeup (a context switch, the biggest single cost here) per request. While due requests wait for a connection,
 * after the last due time, or without kernel timestamps (--wake-per-response, or the kernel gives none), the loop
 * waits in epoll_pwait2 (epoll_wait where missing) and is woken by the sockets too, and the latency ends when the
 * response is read. (SO_TIMESTAMPNS has the kernel stamp every received packet, a clock read per packet.)
 * Responses are parsed incrementally, across any number of reads: status line, headers, then a Content-Length,
 * chunked (chunk by chunk, with trailers) or until-close body; 1xx interim responses are skipped. A response head
 * must fit in 16 KB.
 *
 * Each request is the 10-answer post-flight response that bench/submit.lua builds (NPS, one rating per touchpoint
 * row, a comment),
 *
 *   {"answers":{"nps":n%11,"touchpoints":{"tp_a":1+(n+1)%5,"tp_b":1+(n+2)%5,...},
 *    "comment":"Load test response n"},"language":"en"}
 *
 * with its own Idempotency-Key ol-RUN-n, n counting from 1 over the warm-up and the measured requests.
 *
 * Run: an optional warm-up of S2 seconds at the same rate that is not recorded, then R*S measured requests over
 * S seconds. Requests still in flight when the schedule ends are waited for (at most 30 s; a request without an
 * answer 30 s after it was sent is an error too). Then stdout gets one line
 *
 *   OPENLOOP_RESULT <completed> <seconds> <rate/s> <p50 ms> <p99 ms> <p99.9 ms> <max ms> <errors> <late> <cpu ms/request>
 *
 *   completed   measured requests that got a complete response, whatever its status (as wrk counts)
 *   seconds     S, or longer when the last measured response came later: first measured due time to that response
 *   rate/s      completed / seconds (equals R while the server keeps up)
 *   p50...max   latency from the due time to the arrival of the response's last byte, over the completed requests
 *               (p50 and p99 as the smallest latency with at least 50 % or 99 % of them at or below it)
 *   errors      measured requests answered with a non-2xx status, lost to a connection closed or reset before the
 *               whole response was read, failed to write, unanswered after 30 s or never sent; plus failed
 *               connection attempts during the measured phase
 *   late        measured requests that were due while no connection was idle, so could not be sent on time
 *   cpu         this process's user + system CPU (getrusage) from the measured phase's start to its end, per
 *               completed request
 *
 * and stderr a readable summary. Exit status: 0 after a run (even with errors), 1 when no connection could be
 * opened, 2 for bad arguments.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 35)
#define HAVE_EPOLL_PWAIT2 1
#endif

#define NS_PER_SEC 1000000000LL
#define NS_PER_MS 1000000LL
#define IN_BUFFER_SIZE 16384 /* per connection; a response head (or a chunk-size/trailer line) must fit */
#define MAX_EVENTS 256
#define REQUEST_TIMEOUT_NS (30 * NS_PER_SEC)
#define DRAIN_TIMEOUT_NS (30 * NS_PER_SEC)
#define CONNECT_TIMEOUT_NS (5 * NS_PER_SEC)
#define STARTUP_TIMEOUT_NS (5 * NS_PER_SEC)
#define HOUSEKEEPING_NS (100 * NS_PER_MS) /* how often timeouts and connection retries are looked at */
#define RETRY_MIN_NS (100 * NS_PER_MS)    /* back-off after a failed connect: doubling from this ... */
#define RETRY_MAX_NS (2 * NS_PER_SEC)     /* ... up to this */
#define MAX_MEASURED_REQUESTS 200000000ULL /* 4 bytes of latency each */
#define MAX_ROWS 64
#define ERRORS_SHOWN 5

/* ---------------------------------------------------------------------------------------------------------------
 * Settings
 */

struct config {
	const char *host;
	const char *port;
	const char *survey;
	const char *token;
	const char *rows;
	const char *run;
	double rate;    /* requests per second */
	double seconds; /* measured */
	double warmup;  /* seconds, not recorded */
	int connections;
	bool wake_per_response; /* no kernel receive timestamps: wake up for every response */
};

static void usage(FILE *out)
{
	fprintf(out,
		"usage: openloop --host 127.0.0.1 --port 18080 --survey ID --token TOKEN --rows tp_1,...,tp_8 --rate R\n"
		"                --seconds S [--connections C (default 256)] [--run RUNID] [--warmup S2]\n"
		"                [--wake-per-response]\n"
		"SURVEY, TOKEN, ROWS and RUN are taken from the environment when their flags are absent.\n");
}

static bool parse_number(const char *name, const char *text, double min, double *value)
{
	char *end;
	errno = 0;
	double parsed = strtod(text, &end);
	if (errno != 0 || end == text || *end != '\0' || !isfinite(parsed) || parsed < min) {
		fprintf(stderr, "openloop: --%s must be a number of at least %g, not \"%s\"\n", name, min, text);
		return false;
	}
	*value = parsed;
	return true;
}

/* true when every character of text is a letter, a digit or one of extra (and text is not empty) */
static bool plain_text(const char *text, const char *extra)
{
	if (text == NULL || *text == '\0') {
		return false;
	}
	for (const char *p = text; *p != '\0'; p++) {
		bool alnum = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9');
		if (!alnum && strchr(extra, *p) == NULL) {
			return false;
		}
	}
	return true;
}

static bool visible_ascii(const char *text)
{
	if (text == NULL || *text == '\0') {
		return false;
	}
	for (const char *p = text; *p != '\0'; p++) {
		if (*p < 0x21 || *p > 0x7e) {
			return false;
		}
	}
	return true;
}

static const char *default_run_id(void)
{
	static char text[32];
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	snprintf(text, sizeof text, "%lld%09ld", (long long)ts.tv_sec, ts.tv_nsec);
	return text;
}

static bool parse_args(int argc, char **argv, struct config *cfg)
{
	static const struct option options[] = {
		{ "host", required_argument, NULL, 'h' },
		{ "port", required_argument, NULL, 'p' },
		{ "survey", required_argument, NULL, 's' },
		{ "token", required_argument, NULL, 't' },
		{ "rows", required_argument, NULL, 'w' },
		{ "rate", required_argument, NULL, 'r' },
		{ "seconds", required_argument, NULL, 'd' },
		{ "connections", required_argument, NULL, 'c' },
		{ "run", required_argument, NULL, 'u' },
		{ "warmup", required_argument, NULL, 'm' },
		{ "wake-per-response", no_argument, NULL, 'e' },
		{ "help", no_argument, NULL, '?' },
		{ NULL, 0, NULL, 0 },
	};
	*cfg = (struct config){ .host = "127.0.0.1", .port = "18080", .connections = 256 };
	const char *rate = NULL, *seconds = NULL, *connections = NULL, *warmup = NULL;
	int option;
	while ((option = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (option) {
		case 'h': cfg->host = optarg; break;
		case 'p': cfg->port = optarg; break;
		case 's': cfg->survey = optarg; break;
		case 't': cfg->token = optarg; break;
		case 'w': cfg->rows = optarg; break;
		case 'r': rate = optarg; break;
		case 'd': seconds = optarg; break;
		case 'c': connections = optarg; break;
		case 'u': cfg->run = optarg; break;
		case 'm': warmup = optarg; break;
		case 'e': cfg->wake_per_response = true; break;
		default: usage(stderr); return false;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "openloop: unexpected argument \"%s\"\n", argv[optind]);
		usage(stderr);
		return false;
	}
	cfg->survey = cfg->survey ? cfg->survey : getenv("SURVEY");
	cfg->token = cfg->token ? cfg->token : getenv("TOKEN");
	cfg->rows = cfg->rows ? cfg->rows : getenv("ROWS");
	cfg->run = cfg->run ? cfg->run : getenv("RUN");
	cfg->run = cfg->run && *cfg->run ? cfg->run : default_run_id();

	if (rate == NULL || seconds == NULL) {
		fprintf(stderr, "openloop: --rate and --seconds are required\n");
		usage(stderr);
		return false;
	}
	double count = 256;
	if (!parse_number("rate", rate, 1e-3, &cfg->rate) || !parse_number("seconds", seconds, 1e-3, &cfg->seconds)
			|| (warmup && !parse_number("warmup", warmup, 0, &cfg->warmup))
			|| (connections && !parse_number("connections", connections, 1, &count))) {
		return false;
	}
	if (count != floor(count) || count > 60000) {
		fprintf(stderr, "openloop: --connections must be a whole number from 1 to 60000\n");
		return false;
	}
	cfg->connections = (int)count;
	if (!plain_text(cfg->survey, "-_")) {
		fprintf(stderr, "openloop: --survey (or SURVEY) must be a survey id (letters, digits, - or _)\n");
		return false;
	}
	if (!visible_ascii(cfg->token)) {
		fprintf(stderr, "openloop: --token (or TOKEN) must be given, without spaces or control characters\n");
		return false;
	}
	if (!plain_text(cfg->rows, "-_.,")) {
		fprintf(stderr, "openloop: --rows (or ROWS) must be comma-separated row keys (letters, digits, - _ .)\n");
		return false;
	}
	if (!plain_text(cfg->run, "-_.")) {
		fprintf(stderr, "openloop: --run (or RUN) may only hold letters, digits, - _ and .\n");
		return false;
	}
	return true;
}

/* ---------------------------------------------------------------------------------------------------------------
 * Requests: the fixed part is prepared once, each request only adds its number, its body and the body's length.
 */

struct request_template {
	char *head; /* request line and headers up to the Idempotency-Key's number */
	size_t head_len;
	char *row_keys[MAX_ROWS]; /* "key": for each touchpoint row */
	size_t row_key_lens[MAX_ROWS];
	int row_count;
	char *body; /* scratch space for one body */
	size_t max_len; /* of a whole request */
};

static char *put_text(char *p, const char *text, size_t len)
{
	memcpy(p, text, len);
	return p + len;
}

#define PUT_LITERAL(p, literal) put_text((p), (literal), sizeof(literal) - 1)

static char *put_number(char *p, uint64_t value)
{
	char digits[20];
	int count = 0;
	do {
		digits[count++] = (char)('0' + value % 10);
		value /= 10;
	} while (value != 0);
	while (count > 0) {
		*p++ = digits[--count];
	}
	return p;
}

static bool template_init(struct request_template *t, const struct config *cfg)
{
	memset(t, 0, sizeof *t);
	bool ipv6_literal = strchr(cfg->host, ':') != NULL;
	int len = asprintf(&t->head,
		"POST /api/v1/surveys/%s/responses HTTP/1.1\r\n"
		"Host: %s%s%s:%s\r\n"
		"Content-Type: application/json\r\n"
		"Authorization: Bearer %s\r\n"
		"Connection: keep-alive\r\n"
		"Idempotency-Key: ol-%s-",
		cfg->survey, ipv6_literal ? "[" : "", cfg->host, ipv6_literal ? "]" : "", cfg->port, cfg->token, cfg->run);
	if (len < 0) {
		return false;
	}
	t->head_len = (size_t)len;
	size_t rows_len = 0;
	const char *p = cfg->rows;
	while (*p != '\0') {
		size_t key_len = strcspn(p, ",");
		if (key_len > 0) {
			if (t->row_count == MAX_ROWS) {
				fprintf(stderr, "openloop: at most %d rows\n", MAX_ROWS);
				return false;
			}
			if (asprintf(&t->row_keys[t->row_count], "\"%.*s\":", (int)key_len, p) < 0) {
				return false;
			}
			t->row_key_lens[t->row_count] = key_len + 3;
			rows_len += key_len + 3 + 2; /* the rating's digit and a comma */
			t->row_count++;
		}
		p += key_len + (p[key_len] == ',');
	}
	if (t->row_count == 0) {
		fprintf(stderr, "openloop: --rows (or ROWS) names no row\n");
		return false;
	}
	size_t body_max = 128 + rows_len + 20; /* fixed text, the rows, the comment's number */
	t->max_len = t->head_len + 20 + 64 + body_max;
	t->body = malloc(body_max);
	return t->body != NULL;
}

/* Writes request number n (from 1) to out (t->max_len bytes); returns its length. */
static size_t build_request(const struct request_template *t, uint64_t n, char *out)
{
	char *b = PUT_LITERAL(t->body, "{\"answers\":{\"nps\":");
	b = put_number(b, n % 11);
	b = PUT_LITERAL(b, ",\"touchpoints\":{");
	for (int i = 0; i < t->row_count; i++) {
		if (i > 0) {
			*b++ = ',';
		}
		b = put_text(b, t->row_keys[i], t->row_key_lens[i]);
		b = put_number(b, 1 + (n + (uint64_t)i + 1) % 5); /* submit.lua counts its rows from 1 */
	}
	b = PUT_LITERAL(b, "},\"comment\":\"Load test response ");
	b = put_number(b, n);
	b = PUT_LITERAL(b, "\"},\"language\":\"en\"}");
	size_t body_len = (size_t)(b - t->body);

	char *p = put_text(out, t->head, t->head_len);
	p = put_number(p, n);
	p = PUT_LITERAL(p, "\r\nContent-Length: ");
	p = put_number(p, body_len);
	p = PUT_LITERAL(p, "\r\n\r\n");
	p = put_text(p, t->body, body_len);
	return (size_t)(p - out);
}

/* ---------------------------------------------------------------------------------------------------------------
 * Responses: an incremental parser over a connection's input buffer.
 */

enum parse_step {
	STEP_HEAD,        /* status line and headers, up to the empty line */
	STEP_FIXED_BODY,  /* Content-Length bytes */
	STEP_CHUNK_SIZE,  /* a chunk-size line */
	STEP_CHUNK_DATA,  /* a chunk's bytes */
	STEP_CHUNK_END,   /* the CRLF after a chunk's bytes */
	STEP_TRAILER,     /* trailer lines after the last (0) chunk, up to the empty line */
	STEP_UNTIL_CLOSE, /* no length: the body ends when the server closes */
	STEP_DONE,
};

enum parse_result { PARSE_MORE, PARSE_DONE, PARSE_BAD };

struct response {
	enum parse_step step;
	int status;
	bool close;         /* the connection cannot be used again after this response */
	uint64_t remaining; /* bytes left of a Content-Length body or of the current chunk */
	size_t head_line;   /* offset of the first unfinished head line (the lines before it are complete) */
	const char *error;  /* why PARSE_BAD */
};

static void response_reset(struct response *r)
{
	*r = (struct response){ .step = STEP_HEAD };
}

static enum parse_result parse_error(struct response *r, const char *why)
{
	r->error = why;
	return PARSE_BAD;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Whether the comma-separated list [value, end) holds token (case-insensitive); with last_only, as its last item. */
static bool list_has(const char *value, const char *end, const char *token, bool last_only)
{
	size_t token_len = strlen(token);
	bool found = false;
	while (value < end) {
		const char *comma = memchr(value, ',', (size_t)(end - value));
		const char *item_end = comma ? comma : end;
		const char *start = value;
		while (start < item_end && is_space(*start)) {
			start++;
		}
		const char *stop = item_end;
		while (stop > start && is_space(stop[-1])) {
			stop--;
		}
		bool match = (size_t)(stop - start) == token_len && strncasecmp(start, token, token_len) == 0;
		found = last_only ? match : (found || match);
		value = comma ? comma + 1 : end;
	}
	return found;
}

/* Finds the end of the response head (after its empty line) in p[0, avail), resuming at *line. */
static bool find_head_end(const char *p, size_t avail, size_t *line, size_t *head_len)
{
	size_t start = *line;
	while (start < avail) {
		const char *newline = memchr(p + start, '\n', avail - start);
		if (newline == NULL) {
			break;
		}
		size_t line_len = (size_t)(newline - (p + start));
		if (start > 0 && (line_len == 0 || (line_len == 1 && p[start] == '\r'))) {
			*head_len = (size_t)(newline + 1 - p);
			return true;
		}
		start = (size_t)(newline + 1 - p);
	}
	*line = start;
	return false;
}

/* Reads the status line and the headers that matter, and sets what comes next (r->step). */
static enum parse_result parse_head(struct response *r, const char *head, size_t len)
{
	const char *end = head + len;
	if (len < 13 || memcmp(head, "HTTP/1.", 7) != 0 || !is_digit(head[7]) || head[8] != ' '
			|| !is_digit(head[9]) || !is_digit(head[10]) || !is_digit(head[11])
			|| (head[12] != ' ' && head[12] != '\r' && head[12] != '\n')) {
		return parse_error(r, "not an HTTP/1.x status line");
	}
	bool http10 = head[7] == '0';
	r->status = (head[9] - '0') * 100 + (head[10] - '0') * 10 + (head[11] - '0');
	bool chunked = false, other_encoding = false, has_length = false, saw_close = false, saw_keep_alive = false;
	uint64_t length = 0;
	const char *line = (const char *)memchr(head, '\n', len) + 1;
	while (line < end) {
		const char *newline = memchr(line, '\n', (size_t)(end - line));
		const char *stop = newline > line && newline[-1] == '\r' ? newline - 1 : newline;
		if (stop == line) {
			break; /* the empty line */
		}
		const char *colon = memchr(line, ':', (size_t)(stop - line));
		if (colon == NULL) {
			return parse_error(r, "header line without a colon");
		}
		size_t name_len = (size_t)(colon - line);
		const char *value = colon + 1;
		while (value < stop && is_space(*value)) {
			value++;
		}
		const char *value_end = stop;
		while (value_end > value && is_space(value_end[-1])) {
			value_end--;
		}
		if (name_len == 14 && strncasecmp(line, "Content-Length", 14) == 0) {
			uint64_t parsed = 0;
			if (value == value_end) {
				return parse_error(r, "empty Content-Length");
			}
			for (const char *d = value; d < value_end; d++) {
				if (!is_digit(*d) || parsed > (UINT64_MAX - 9) / 10) {
					return parse_error(r, "bad Content-Length");
				}
				parsed = parsed * 10 + (uint64_t)(*d - '0');
			}
			if (has_length && parsed != length) {
				return parse_error(r, "conflicting Content-Length headers");
			}
			has_length = true;
			length = parsed;
		} else if (name_len == 17 && strncasecmp(line, "Transfer-Encoding", 17) == 0) {
			chunked = list_has(value, value_end, "chunked", true);
			other_encoding = !chunked;
		} else if (name_len == 10 && strncasecmp(line, "Connection", 10) == 0) {
			saw_close = saw_close || list_has(value, value_end, "close", false);
			saw_keep_alive = saw_keep_alive || list_has(value, value_end, "keep-alive", false);
		}
		line = newline + 1;
	}
	r->close = saw_close || (http10 && !saw_keep_alive);
	if (r->status >= 100 && r->status < 200) {
		if (r->status == 101) {
			return parse_error(r, "unexpected 101 Switching Protocols");
		}
		r->step = STEP_HEAD; /* an interim response: the real one follows */
	} else if (r->status == 204 || r->status == 304) {
		r->step = STEP_DONE;
	} else if (chunked) {
		r->step = STEP_CHUNK_SIZE;
	} else if (other_encoding || !has_length) {
		r->step = STEP_UNTIL_CLOSE;
		r->close = true;
	} else {
		r->remaining = length;
		r->step = length > 0 ? STEP_FIXED_BODY : STEP_DONE;
	}
	return PARSE_MORE;
}

/* A chunk-size line [line, newline): hex digits, then optional whitespace, extensions and CR. */
static bool parse_chunk_size(const char *line, const char *newline, uint64_t *size)
{
	uint64_t value = 0;
	const char *p = line;
	for (; p < newline; p++) {
		int digit;
		if (*p >= '0' && *p <= '9') {
			digit = *p - '0';
		} else if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'f') {
			digit = (*p | 0x20) - 'a' + 10;
		} else {
			break;
		}
		if (value > (UINT64_MAX >> 4)) {
			return false;
		}
		value = value << 4 | (uint64_t)digit;
	}
	if (p == line) {
		return false;
	}
	while (p < newline && is_space(*p)) {
		p++;
	}
	if (p < newline && *p != ';' && !(*p == '\r' && p + 1 == newline)) {
		return false;
	}
	*size = value;
	return true;
}

/* Consumes what it can of buffer[*start, end) for response r; PARSE_DONE once the whole response is in. */
static enum parse_result parse_response(struct response *r, const char *buffer, size_t *start, size_t end)
{
	for (;;) {
		const char *p = buffer + *start;
		size_t avail = end - *start;
		switch (r->step) {
		case STEP_HEAD: {
			size_t head_len;
			if (!find_head_end(p, avail, &r->head_line, &head_len)) {
				return PARSE_MORE;
			}
			if (parse_head(r, p, head_len) == PARSE_BAD) {
				return PARSE_BAD;
			}
			*start += head_len;
			r->head_line = 0;
			break;
		}
		case STEP_FIXED_BODY:
		case STEP_CHUNK_DATA: {
			size_t take = avail < r->remaining ? avail : (size_t)r->remaining;
			*start += take;
			r->remaining -= take;
			if (r->remaining > 0) {
				return PARSE_MORE;
			}
			r->step = r->step == STEP_FIXED_BODY ? STEP_DONE : STEP_CHUNK_END;
			break;
		}
		case STEP_CHUNK_SIZE: {
			const char *newline = memchr(p, '\n', avail);
			if (newline == NULL) {
				return PARSE_MORE;
			}
			if (!parse_chunk_size(p, newline, &r->remaining)) {
				return parse_error(r, "bad chunk-size line");
			}
			*start += (size_t)(newline + 1 - p);
			r->step = r->remaining > 0 ? STEP_CHUNK_DATA : STEP_TRAILER;
			break;
		}
		case STEP_CHUNK_END:
			if (avail == 0 || (p[0] == '\r' && avail == 1)) {
				return PARSE_MORE;
			}
			if (p[0] == '\n') {
				*start += 1;
			} else if (p[0] == '\r' && p[1] == '\n') {
				*start += 2;
			} else {
				return parse_error(r, "chunk longer than its size");
			}
			r->step = STEP_CHUNK_SIZE;
			break;
		case STEP_TRAILER: {
			const char *newline = memchr(p, '\n', avail);
			if (newline == NULL) {
				return PARSE_MORE;
			}
			bool empty = newline == p || (newline == p + 1 && p[0] == '\r');
			*start += (size_t)(newline + 1 - p);
			if (empty) {
				r->step = STEP_DONE;
			}
			break;
		}
		case STEP_UNTIL_CLOSE:
			*start = end;
			return PARSE_MORE;
		case STEP_DONE:
			return PARSE_DONE;
		}
	}
}

/* ---------------------------------------------------------------------------------------------------------------
 * Connections and the client's state
 */

enum conn_state {
	CONN_DOWN,       /* no socket: waiting for retry_at after a failed connect */
	CONN_CONNECTING, /* non-blocking connect under way */
	CONN_IDLE,       /* open, no request */
	CONN_BUSY,       /* one request in flight */
};

struct conn {
	int fd;
	uint32_t generation; /* in each epoll event, so an event of a closed socket is not taken for its successor */
	enum conn_state state;
	bool in_idle_stack;
	bool watching_output; /* EPOLLOUT in the interest set */
	int failed_connects;  /* in a row */
	int64_t connect_started, retry_at;
	uint64_t request; /* index of the request in flight */
	int64_t due, sent;
	int64_t arrival; /* when the last bytes read had arrived (kernel receive timestamp), 0 if unknown */
	char *out;
	size_t out_len, out_done;
	char *in;
	size_t in_start, in_end;
	struct response response;
};

enum error_kind { ERR_STATUS, ERR_CONNECT, ERR_READ, ERR_WRITE, ERR_TIMEOUT, ERR_UNSENT, ERR_KINDS };

static const char *const error_names[ERR_KINDS] = {
	"non-2xx", "connect", "read", "write", "no answer in 30 s", "never sent",
};

struct client {
	const struct config *cfg;
	struct request_template request;
	struct addrinfo *address;
	int epoll_fd;
	bool use_epoll_pwait2;
	bool kernel_stamps;      /* responses may wait for the next due time: their arrival is stamped by the kernel */
	int64_t real_minus_mono; /* CLOCK_REALTIME - CLOCK_MONOTONIC (the kernel's stamps are real time) */
	struct conn *conns;
	int conn_count;
	int *idle_stack; /* connection indices, the most recently used on top; each connection at most once */
	int idle_count;

	/* schedule: request k is due at t0 + k * interval_ns; the first warmup_requests are not recorded */
	int64_t t0;
	double interval_ns;
	uint64_t warmup_requests, total_requests;
	uint64_t due_count;   /* requests due so far */
	uint64_t next_send;   /* the oldest request not sent yet */
	uint64_t late_marked; /* requests before this one have been looked at for lateness */
	uint64_t in_flight;
	int64_t next_housekeeping, drain_deadline;

	/* the measured phase */
	bool measuring;
	int64_t measure_start, last_completion;
	struct rusage usage_start, usage_end;
	uint32_t *latencies_us;
	uint64_t completed;
	uint64_t errors[ERR_KINDS];
	uint64_t late;
	uint64_t reopened_after_close, reopened_idle, reopened_after_error;
	int errors_shown;
};

static int64_t clock_ns(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

static int64_t now_ns(void)
{
	return clock_ns(CLOCK_MONOTONIC);
}

static void sleep_until(int64_t deadline)
{
	struct timespec ts = { .tv_sec = deadline / NS_PER_SEC, .tv_nsec = deadline % NS_PER_SEC };
	clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL); /* early (EINTR) only means another round */
}

static void fail_hard(const char *what)
{
	fprintf(stderr, "openloop: %s: %s\n", what, strerror(errno));
	exit(1);
}

static int64_t due_time(const struct client *cl, uint64_t k)
{
	return cl->t0 + (int64_t)((double)k * cl->interval_ns);
}

static bool is_measured(const struct client *cl, uint64_t k)
{
	return k >= cl->warmup_requests;
}

/* Shows the first few problems on stderr (counting happens elsewhere). */
static void show_problem(struct client *cl, const char *format, ...)
{
	if (cl->errors_shown > ERRORS_SHOWN) {
		return;
	}
	if (cl->errors_shown++ == ERRORS_SHOWN) {
		fprintf(stderr, "openloop: (further errors not shown)\n");
		return;
	}
	va_list args;
	va_start(args, format);
	fputs("openloop: ", stderr);
	vfprintf(stderr, format, args);
	fputc('\n', stderr);
	va_end(args);
}

static void stop_kernel_stamps(struct client *cl, const char *why)
{
	if (cl->kernel_stamps) {
		cl->kernel_stamps = false;
		fprintf(stderr, "openloop: no kernel receive timestamps (%s): waking up for every response instead\n", why);
	}
}

static void count_error(struct client *cl, enum error_kind kind, uint64_t count)
{
	cl->errors[kind] += count;
}

static void idle_push(struct client *cl, struct conn *c)
{
	if (c->in_idle_stack) {
		return; /* still there from before it was closed and opened again */
	}
	cl->idle_stack[cl->idle_count++] = (int)(c - cl->conns);
	c->in_idle_stack = true;
}

/* The idle connection used most recently, or NULL; entries of connections no longer idle are dropped. Last in,
 * first out keeps the connections in use busy and lets the others idle: a connection the server closes after an
 * idle timeout is then one not needed, not the next one picked (a request sent just as the server closes its
 * connection is lost). */
static struct conn *idle_take(struct client *cl)
{
	while (cl->idle_count > 0) {
		struct conn *c = &cl->conns[cl->idle_stack[--cl->idle_count]];
		c->in_idle_stack = false;
		if (c->state == CONN_IDLE) {
			return c;
		}
	}
	return NULL;
}

static void conn_watch(struct client *cl, struct conn *c, int operation, uint32_t events)
{
	struct epoll_event event = {
		.events = events,
		.data.u64 = (uint64_t)c->generation << 32 | (uint32_t)(c - cl->conns),
	};
	if (epoll_ctl(cl->epoll_fd, operation, c->fd, &event) != 0) {
		fail_hard("epoll_ctl");
	}
	c->watching_output = (events & EPOLLOUT) != 0;
}

static void conn_close(struct conn *c)
{
	if (c->fd >= 0) {
		close(c->fd); /* also leaves the epoll set */
		c->fd = -1;
	}
	c->state = CONN_DOWN;
	c->watching_output = false;
}

static void conn_ready(struct client *cl, struct conn *c)
{
	c->state = CONN_IDLE;
	c->failed_connects = 0;
	idle_push(cl, c);
}

static void connect_failed(struct client *cl, struct conn *c, int64_t now, const char *why)
{
	conn_close(c);
	if (cl->measuring) {
		count_error(cl, ERR_CONNECT, 1);
	}
	show_problem(cl, "connect to %s:%s failed: %s", cl->cfg->host, cl->cfg->port, why);
	int shift = c->failed_connects < 5 ? c->failed_connects : 5;
	int64_t backoff = RETRY_MIN_NS << shift;
	c->failed_connects++;
	c->retry_at = now + (backoff < RETRY_MAX_NS ? backoff : RETRY_MAX_NS);
}

static void conn_open(struct client *cl, struct conn *c, int64_t now)
{
	const struct addrinfo *a = cl->address;
	c->generation++;
	c->in_start = c->in_end = 0;
	c->connect_started = now;
	c->fd = socket(a->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (c->fd < 0) {
		connect_failed(cl, c, now, strerror(errno));
		return;
	}
	int one = 1;
	setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	if (cl->kernel_stamps && setsockopt(c->fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one) != 0) {
		stop_kernel_stamps(cl, strerror(errno));
	}
	if (connect(c->fd, a->ai_addr, a->ai_addrlen) == 0) {
		conn_watch(cl, c, EPOLL_CTL_ADD, EPOLLIN);
		conn_ready(cl, c);
	} else if (errno == EINPROGRESS) {
		c->state = CONN_CONNECTING;
		conn_watch(cl, c, EPOLL_CTL_ADD, EPOLLIN | EPOLLOUT);
	} else {
		connect_failed(cl, c, now, strerror(errno));
	}
}

static void finish_connect(struct client *cl, struct conn *c, int64_t now)
{
	int error = 0;
	socklen_t len = sizeof error;
	if (getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &len) != 0) {
		error = errno;
	}
	if (error != 0) {
		connect_failed(cl, c, now, strerror(error));
		return;
	}
	conn_watch(cl, c, EPOLL_CTL_MOD, EPOLLIN);
	conn_ready(cl, c);
}

static void conn_reopen(struct client *cl, struct conn *c, int64_t now)
{
	conn_close(c);
	conn_open(cl, c, now);
}

/* The request in flight on c is lost: counted (when measured), and the connection opened anew. */
static void request_failed(struct client *cl, struct conn *c, enum error_kind kind, int64_t now, const char *why)
{
	cl->in_flight--;
	if (is_measured(cl, c->request)) {
		count_error(cl, kind, 1);
	}
	show_problem(cl, "request %llu: %s error: %s", (unsigned long long)c->request + 1, error_names[kind], why);
	cl->reopened_after_error++;
	conn_reopen(cl, c, now);
}

static void record_response(struct client *cl, struct conn *c, int64_t now)
{
	int64_t latency_ns = now - c->due;
	uint64_t us = latency_ns > 0 ? ((uint64_t)latency_ns + 500) / 1000 : 0;
	cl->latencies_us[cl->completed++] = us < UINT32_MAX ? (uint32_t)us : UINT32_MAX;
	cl->last_completion = now;
	int status = c->response.status;
	if (status < 200 || status > 299) {
		count_error(cl, ERR_STATUS, 1);
		show_problem(cl, "request %llu: HTTP status %d", (unsigned long long)c->request + 1, status);
	}
}

/* When c's response was complete: the arrival of its last bytes if the kernel stamped it, else now (read). */
static int64_t completion_time(const struct client *cl, const struct conn *c, int64_t now)
{
	if (!cl->kernel_stamps || c->arrival == 0) {
		return now;
	}
	return c->arrival > now ? now : c->arrival < c->sent ? c->sent : c->arrival;
}

/* A whole response has been read at now. */
static void finish_request(struct client *cl, struct conn *c, int64_t now)
{
	cl->in_flight--;
	if (is_measured(cl, c->request)) {
		record_response(cl, c, completion_time(cl, c, now));
	}
	bool reusable = !c->response.close && c->out_done == c->out_len && c->in_start == c->in_end;
	if (reusable) {
		c->state = CONN_IDLE;
		idle_push(cl, c);
	} else {
		cl->reopened_after_close++;
		conn_reopen(cl, c, now);
	}
}

/* Sends what is left of c's request; EPOLLOUT is watched only while the socket buffer is full. */
static void write_request(struct client *cl, struct conn *c, int64_t now)
{
	while (c->out_done < c->out_len) {
		ssize_t n = send(c->fd, c->out + c->out_done, c->out_len - c->out_done, MSG_NOSIGNAL);
		if (n >= 0) {
			c->out_done += (size_t)n;
		} else if (errno == EAGAIN || errno == EWOULDBLOCK) {
			if (!c->watching_output) {
				conn_watch(cl, c, EPOLL_CTL_MOD, EPOLLIN | EPOLLOUT);
			}
			return;
		} else if (errno != EINTR) {
			request_failed(cl, c, ERR_WRITE, now, strerror(errno));
			return;
		}
	}
	if (c->watching_output) {
		conn_watch(cl, c, EPOLL_CTL_MOD, EPOLLIN);
	}
}

static void send_request(struct client *cl, struct conn *c, uint64_t k, int64_t now)
{
	c->request = k;
	c->due = due_time(cl, k);
	c->sent = now;
	c->arrival = 0;
	c->out_len = build_request(&cl->request, k + 1, c->out);
	c->out_done = 0;
	c->in_start = c->in_end = 0;
	response_reset(&c->response);
	c->state = CONN_BUSY;
	cl->in_flight++;
	write_request(cl, c, now);
}

/* Makes room at the end of c's input buffer; false when a head or line fills all of it. */
static bool make_room(struct conn *c)
{
	if (c->in_start == c->in_end) {
		c->in_start = c->in_end = 0;
	} else if (c->in_start > 0 && c->in_end > IN_BUFFER_SIZE / 2) {
		memmove(c->in, c->in + c->in_start, c->in_end - c->in_start);
		c->in_end -= c->in_start;
		c->in_start = 0;
	}
	return c->in_end < IN_BUFFER_SIZE;
}

/* Notes in c->arrival when the bytes just received had arrived, from the kernel's stamp in msg. */
static void note_arrival(struct client *cl, struct conn *c, struct msghdr *msg)
{
	for (struct cmsghdr *cmsg = CMSG_FIRSTHDR(msg); cmsg != NULL; cmsg = CMSG_NXTHDR(msg, cmsg)) {
		if (cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_TIMESTAMPNS) {
			struct timespec stamp;
			memcpy(&stamp, CMSG_DATA(cmsg), sizeof stamp);
			c->arrival = (int64_t)stamp.tv_sec * NS_PER_SEC + stamp.tv_nsec - cl->real_minus_mono;
			return;
		}
	}
	stop_kernel_stamps(cl, "a read came without one");
}

/* recv into c's input buffer; with kernel stamps, also the arrival time of the last bytes (of a TCP socket:
 * of the last segment this read took). */
static ssize_t receive(struct client *cl, struct conn *c, size_t space)
{
	char control[64] __attribute__((aligned(8)));
	struct iovec data = { .iov_base = c->in + c->in_end, .iov_len = space };
	struct msghdr msg = { .msg_iov = &data, .msg_iovlen = 1 };
	if (cl->kernel_stamps) {
		msg.msg_control = control;
		msg.msg_controllen = sizeof control;
	}
	ssize_t n = recvmsg(c->fd, &msg, 0);
	if (n > 0 && cl->kernel_stamps) {
		note_arrival(cl, c, &msg);
	}
	return n;
}

static void read_response(struct client *cl, struct conn *c)
{
	for (;;) {
		if (!make_room(c)) {
			request_failed(cl, c, ERR_READ, now_ns(), "response head or chunk line too long");
			return;
		}
		size_t space = IN_BUFFER_SIZE - c->in_end;
		ssize_t n = receive(cl, c, space);
		if (n > 0) {
			c->in_end += (size_t)n;
			enum parse_result result = parse_response(&c->response, c->in, &c->in_start, c->in_end);
			if (result == PARSE_DONE) {
				finish_request(cl, c, now_ns());
				return;
			}
			if (result == PARSE_BAD) {
				request_failed(cl, c, ERR_READ, now_ns(), c->response.error);
				return;
			}
			if ((size_t)n < space) {
				return; /* the socket is drained; level-triggered epoll reports what comes next */
			}
		} else if (n == 0) {
			if (c->response.step == STEP_UNTIL_CLOSE) {
				finish_request(cl, c, now_ns());
			} else {
				request_failed(cl, c, ERR_READ, now_ns(), "connection closed before the whole response");
			}
			return;
		} else if (errno == EAGAIN || errno == EWOULDBLOCK) {
			return;
		} else if (errno != EINTR) {
			request_failed(cl, c, ERR_READ, now_ns(), strerror(errno));
			return;
		}
	}
}

/* Something happened on an idle connection: the server closed it (or sent what nobody asked for). */
static void check_idle(struct client *cl, struct conn *c, int64_t now)
{
	char byte;
	ssize_t n = recv(c->fd, &byte, 1, MSG_PEEK);
	if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
		return;
	}
	cl->reopened_idle++;
	conn_reopen(cl, c, now);
}

static void handle_event(struct client *cl, const struct epoll_event *event, int64_t now)
{
	struct conn *c = &cl->conns[(uint32_t)event->data.u64];
	if ((uint32_t)(event->data.u64 >> 32) != c->generation || c->fd < 0) {
		return; /* from a socket closed since */
	}
	switch (c->state) {
	case CONN_CONNECTING:
		finish_connect(cl, c, now);
		break;
	case CONN_IDLE:
		check_idle(cl, c, now);
		break;
	case CONN_BUSY:
		if ((event->events & EPOLLOUT) && c->out_done < c->out_len) {
			write_request(cl, c, now);
			if (c->state != CONN_BUSY) {
				return;
			}
		}
		if (event->events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
			read_response(cl, c);
		}
		break;
	case CONN_DOWN:
		break;
	}
}

/* Waits up to timeout_ns for socket events and handles them. */
static void wait_for_events(struct client *cl, int64_t timeout_ns)
{
	struct epoll_event events[MAX_EVENTS];
	int n = -1;
	if (timeout_ns < 0) {
		timeout_ns = 0;
	}
#ifdef HAVE_EPOLL_PWAIT2
	if (cl->use_epoll_pwait2) {
		struct timespec timeout = { .tv_sec = timeout_ns / NS_PER_SEC, .tv_nsec = timeout_ns % NS_PER_SEC };
		n = epoll_pwait2(cl->epoll_fd, events, MAX_EVENTS, &timeout, NULL);
		if (n < 0 && errno == ENOSYS) {
			cl->use_epoll_pwait2 = false;
		}
	}
#endif
	if (!cl->use_epoll_pwait2) {
		/* rounded up: waking early would only mean another round */
		n = epoll_wait(cl->epoll_fd, events, MAX_EVENTS, (int)((timeout_ns + NS_PER_MS - 1) / NS_PER_MS));
	}
	if (n < 0) {
		if (errno == EINTR) {
			return;
		}
		fail_hard("epoll_wait");
	}
	int64_t now = now_ns();
	cl->real_minus_mono = clock_ns(CLOCK_REALTIME) - now;
	for (int i = 0; i < n; i++) {
		handle_event(cl, &events[i], now);
	}
}

/* ---------------------------------------------------------------------------------------------------------------
 * The schedule
 */

/* Requests that are due but not sent have to wait for a connection: each is counted late once (when measured). */
static void mark_late(struct client *cl)
{
	uint64_t from = cl->next_send;
	from = from > cl->late_marked ? from : cl->late_marked;
	from = from > cl->warmup_requests ? from : cl->warmup_requests;
	if (cl->due_count > from) {
		cl->late += cl->due_count - from;
	}
	cl->late_marked = cl->due_count;
}

/* Sends every due request, oldest first, while there are idle connections. */
static void dispatch_due(struct client *cl, int64_t now)
{
	while (cl->due_count < cl->total_requests && due_time(cl, cl->due_count) <= now) {
		cl->due_count++;
	}
	while (cl->next_send < cl->due_count) {
		struct conn *c = idle_take(cl);
		if (c == NULL) {
			mark_late(cl);
			return;
		}
		send_request(cl, c, cl->next_send++, now);
	}
}

/* Every HOUSEKEEPING_NS: reconnects after failed connects, connect and request timeouts. */
static void housekeeping(struct client *cl, int64_t now)
{
	for (int i = 0; i < cl->conn_count; i++) {
		struct conn *c = &cl->conns[i];
		if (c->state == CONN_DOWN && now >= c->retry_at) {
			conn_open(cl, c, now);
		} else if (c->state == CONN_CONNECTING && now - c->connect_started > CONNECT_TIMEOUT_NS) {
			connect_failed(cl, c, now, "timed out");
		} else if (c->state == CONN_BUSY && now - c->sent > REQUEST_TIMEOUT_NS) {
			request_failed(cl, c, ERR_TIMEOUT, now, "no complete response 30 s after sending");
		}
	}
	cl->next_housekeeping = now + HOUSEKEEPING_NS;
}

/* When the loop has something to do next without a socket event. */
static int64_t next_wake(const struct client *cl)
{
	int64_t wake = cl->next_housekeeping < cl->drain_deadline ? cl->next_housekeeping : cl->drain_deadline;
	if (!cl->measuring && cl->measure_start < wake) {
		wake = cl->measure_start;
	}
	/* With a backlog, nothing can be sent before a connection frees up, which is a socket event. */
	if (cl->next_send == cl->due_count && cl->due_count < cl->total_requests) {
		int64_t due = due_time(cl, cl->due_count);
		wake = due < wake ? due : wake;
	}
	return wake;
}

static void start_measuring(struct client *cl)
{
	cl->measuring = true;
	getrusage(RUSAGE_SELF, &cl->usage_start);
}

/* At the drain deadline: what is still in flight or unsent is counted as errors. */
static void give_up(struct client *cl)
{
	for (int i = 0; i < cl->conn_count; i++) {
		struct conn *c = &cl->conns[i];
		if (c->state == CONN_BUSY) {
			cl->in_flight--;
			if (is_measured(cl, c->request)) {
				count_error(cl, ERR_TIMEOUT, 1);
			}
			conn_close(c);
		}
	}
	uint64_t first_unsent = cl->next_send > cl->warmup_requests ? cl->next_send : cl->warmup_requests;
	count_error(cl, ERR_UNSENT, cl->total_requests - first_unsent);
	fprintf(stderr, "openloop: gave up waiting 30 s after the schedule ended\n");
}

static void run_schedule(struct client *cl)
{
	cl->t0 = now_ns();
	cl->measure_start = due_time(cl, cl->warmup_requests);
	cl->drain_deadline = due_time(cl, cl->total_requests - 1) + DRAIN_TIMEOUT_NS;
	cl->next_housekeeping = cl->t0 + HOUSEKEEPING_NS;
	for (;;) {
		int64_t now = now_ns();
		if (!cl->measuring && now >= cl->measure_start) {
			start_measuring(cl);
		}
		if (now >= cl->next_housekeeping) {
			housekeeping(cl, now);
		}
		dispatch_due(cl, now);
		if (cl->next_send == cl->total_requests && cl->in_flight == 0) {
			break;
		}
		if (now >= cl->drain_deadline) {
			give_up(cl);
			break;
		}
		bool backlog = cl->next_send < cl->due_count;
		bool all_due = cl->due_count == cl->total_requests;
		if (!cl->kernel_stamps || backlog || all_due) {
			/* woken by the sockets too: a backlog waits for a free connection, the end for the last answers */
			wait_for_events(cl, next_wake(cl) - now);
		} else {
			/* Responses can wait until the next due time (their arrival is stamped by the kernel): one wakeup
			 * per request instead of two. What came in meanwhile is handled before anything is sent, so that
			 * answered requests free their connections and connections the server closed are not picked. */
			sleep_until(next_wake(cl));
			wait_for_events(cl, 0);
		}
	}
	getrusage(RUSAGE_SELF, &cl->usage_end);
}

/* ---------------------------------------------------------------------------------------------------------------
 * Setting up
 */

static bool resolve(struct client *cl)
{
	struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM };
	int rc = getaddrinfo(cl->cfg->host, cl->cfg->port, &hints, &cl->address);
	if (rc != 0) {
		fprintf(stderr, "openloop: %s:%s: %s\n", cl->cfg->host, cl->cfg->port, gai_strerror(rc));
		return false;
	}
	return true;
}

static bool raise_file_limit(int connections)
{
	struct rlimit limit;
	rlim_t needed = (rlim_t)connections + 32;
	if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= needed) {
		return true;
	}
	if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < needed) {
		fprintf(stderr, "openloop: %d connections need %llu open files, the limit is %llu\n", connections,
			(unsigned long long)needed, (unsigned long long)limit.rlim_max);
		return false;
	}
	limit.rlim_cur = needed;
	return setrlimit(RLIMIT_NOFILE, &limit) == 0 || (perror("openloop: setrlimit"), false);
}

static bool client_init(struct client *cl, const struct config *cfg)
{
	memset(cl, 0, sizeof *cl);
	cl->cfg = cfg;
	cl->interval_ns = 1e9 / cfg->rate;
	cl->warmup_requests = (uint64_t)llround(cfg->rate * cfg->warmup);
	uint64_t measured = (uint64_t)llround(cfg->rate * cfg->seconds);
	if (measured == 0 || measured > MAX_MEASURED_REQUESTS) {
		fprintf(stderr, "openloop: rate x seconds must give 1 to %llu requests, not %llu\n",
			(unsigned long long)MAX_MEASURED_REQUESTS, (unsigned long long)measured);
		return false;
	}
	cl->total_requests = cl->warmup_requests + measured;
	cl->conn_count = cfg->connections;
	if (!template_init(&cl->request, cfg) || !resolve(cl) || !raise_file_limit(cfg->connections)) {
		return false;
	}
	cl->latencies_us = malloc(measured * sizeof *cl->latencies_us);
	cl->conns = calloc((size_t)cl->conn_count, sizeof *cl->conns);
	cl->idle_stack = calloc((size_t)cl->conn_count, sizeof *cl->idle_stack);
	if (cl->latencies_us == NULL || cl->conns == NULL || cl->idle_stack == NULL) {
		fprintf(stderr, "openloop: out of memory\n");
		return false;
	}
	for (int i = 0; i < cl->conn_count; i++) {
		struct conn *c = &cl->conns[i];
		c->fd = -1;
		c->out = malloc(cl->request.max_len);
		c->in = malloc(IN_BUFFER_SIZE);
		if (c->out == NULL || c->in == NULL) {
			fprintf(stderr, "openloop: out of memory\n");
			return false;
		}
	}
	cl->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
	if (cl->epoll_fd < 0) {
		fail_hard("epoll_create1");
	}
#ifdef HAVE_EPOLL_PWAIT2
	cl->use_epoll_pwait2 = true;
#endif
	cl->kernel_stamps = !cfg->wake_per_response;
	cl->real_minus_mono = clock_ns(CLOCK_REALTIME) - now_ns();
	/* Sleeps end within a microsecond of their deadline instead of the default 50 us timer slack. */
	prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);
	return true;
}

static int count_in_state(const struct client *cl, enum conn_state state)
{
	int count = 0;
	for (int i = 0; i < cl->conn_count; i++) {
		count += cl->conns[i].state == state;
	}
	return count;
}

/* Opens every connection and waits (up to 5 s) until each is up or has failed; false if none is up. */
static bool open_connections(struct client *cl)
{
	int64_t start = now_ns();
	for (int i = 0; i < cl->conn_count; i++) {
		conn_open(cl, &cl->conns[i], start);
	}
	int64_t deadline = start + STARTUP_TIMEOUT_NS;
	int64_t now = start;
	while (count_in_state(cl, CONN_CONNECTING) > 0 && now < deadline) {
		wait_for_events(cl, deadline - now);
		now = now_ns();
	}
	int up = count_in_state(cl, CONN_IDLE);
	if (up == 0) {
		fprintf(stderr, "openloop: could not connect to %s:%s\n", cl->cfg->host, cl->cfg->port);
		return false;
	}
	if (up < cl->conn_count) {
		fprintf(stderr, "openloop: %d of %d connections up after %.1f s; the others are retried\n", up,
			cl->conn_count, (double)(now - start) / 1e9);
	}
	return true;
}

/* ---------------------------------------------------------------------------------------------------------------
 * Results
 */

static int compare_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

/* The p-quantile (0 < p <= 1) of sorted latencies, in ms: the smallest value with at least p of them at or below. */
static double percentile_ms(const uint32_t *sorted, uint64_t count, double p)
{
	if (count == 0) {
		return 0;
	}
	double rank = ceil(p * (double)count);
	uint64_t index = rank < 1 ? 0 : (uint64_t)rank - 1;
	return sorted[index < count ? index : count - 1] / 1000.0;
}

static double cpu_seconds(const struct timeval *tv)
{
	return (double)tv->tv_sec + (double)tv->tv_usec / 1e6;
}

static void report(struct client *cl)
{
	const struct config *cfg = cl->cfg;
	uint64_t n = cl->completed;
	qsort(cl->latencies_us, n, sizeof *cl->latencies_us, compare_u32);
	double seconds = cfg->seconds;
	double until_last = (double)(cl->last_completion - cl->measure_start) / 1e9;
	if (n > 0 && until_last > seconds) {
		seconds = until_last;
	}
	uint64_t errors = 0;
	for (int kind = 0; kind < ERR_KINDS; kind++) {
		errors += cl->errors[kind];
	}
	double user = cpu_seconds(&cl->usage_end.ru_utime) - cpu_seconds(&cl->usage_start.ru_utime);
	double system = cpu_seconds(&cl->usage_end.ru_stime) - cpu_seconds(&cl->usage_start.ru_stime);
	double cpu_ms_per_request = n > 0 ? (user + system) * 1000 / (double)n : 0;
	double sum = 0;
	for (uint64_t i = 0; i < n; i++) {
		sum += cl->latencies_us[i];
	}
	double max_ms = n > 0 ? cl->latencies_us[n - 1] / 1000.0 : 0;

	printf("OPENLOOP_RESULT %llu %.3f %.2f %.3f %.3f %.3f %.3f %llu %llu %.4f\n", (unsigned long long)n, seconds,
		(double)n / seconds, percentile_ms(cl->latencies_us, n, 0.5), percentile_ms(cl->latencies_us, n, 0.99),
		percentile_ms(cl->latencies_us, n, 0.999), max_ms, (unsigned long long)errors,
		(unsigned long long)cl->late, cpu_ms_per_request);
	fflush(stdout);

	fprintf(stderr, "openloop: %llu responses in %.3f s = %.2f/s (target %g/s for %g s, after %llu warm-up requests),"
		" %d connections to %s:%s, run %s\n", (unsigned long long)n, seconds, (double)n / seconds, cfg->rate,
		cfg->seconds, (unsigned long long)cl->warmup_requests, cl->conn_count, cfg->host, cfg->port, cfg->run);
	fprintf(stderr, "  latency from the due time, ms: mean %.3f, p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f,"
		" p99.99 %.3f, max %.3f\n", n > 0 ? sum / (double)n / 1000 : 0, percentile_ms(cl->latencies_us, n, 0.5),
		percentile_ms(cl->latencies_us, n, 0.9), percentile_ms(cl->latencies_us, n, 0.99),
		percentile_ms(cl->latencies_us, n, 0.999), percentile_ms(cl->latencies_us, n, 0.9999), max_ms);
	fprintf(stderr, "  errors %llu:", (unsigned long long)errors);
	for (int kind = 0; kind < ERR_KINDS; kind++) {
		fprintf(stderr, "%s %s %llu", kind ? "," : "", error_names[kind], (unsigned long long)cl->errors[kind]);
	}
	fprintf(stderr, "; late (due while no connection was idle) %llu\n", (unsigned long long)cl->late);
	fprintf(stderr, "  connections opened again (whole run): %llu after the server ended one with a response,"
		" %llu closed while idle, %llu after an error\n", (unsigned long long)cl->reopened_after_close,
		(unsigned long long)cl->reopened_idle, (unsigned long long)cl->reopened_after_error);
	struct rusage total;
	getrusage(RUSAGE_SELF, &total);
	fprintf(stderr, "  client CPU in the measured phase: %.3f s user + %.3f s system = %.4f ms per request"
		" (whole process %.3f s)\n", user, system, cpu_ms_per_request,
		cpu_seconds(&total.ru_utime) + cpu_seconds(&total.ru_stime));
}

int main(int argc, char **argv)
{
	struct config cfg;
	if (!parse_args(argc, argv, &cfg)) {
		return 2;
	}
	static struct client client;
	if (!client_init(&client, &cfg)) {
		return 2;
	}
	if (!open_connections(&client)) {
		return 1;
	}
	run_schedule(&client);
	report(&client);
	return 0;
}
