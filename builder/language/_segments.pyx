# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""HanTa's two searches over the segments of a word, in C: `analyze_forward` (the tag probabilities of a form
it never saw) and `analyze_viterbi` (a form's morphemes for a given tag). `morphology.py` says why and how.

A path's state is a pair of morpheme tags (the previous one, the current one). The pairs the model can reach
are numbered once, and each transition knows the state it leads to. Each row of the search table is an array
of scores over these states, a stamp per state saying whether it is in the row for the current search, the
state and position each state was reached from (Viterbi's back pointer), and the list of the row's states in
the order they entered it, which is the order HanTa's dict iterates in. Every score is the double HanTa's
float holds, summed in the same order.
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc

from builder.language._beam cimport beam_bound
from libc.math cimport NAN, exp, isnan, log1p

cdef double LOWER_BOUND = -1e6  # HanTa's floor below which a path is dropped
cdef int BEAM = 3  # HanTa goes on from the states scoring within 1 of the fourth best only
cdef int LONG = 5  # an unseen morpheme this long or longer is scored by its length and last four characters
cdef Py_ssize_t MEMO = 400_000  # endings kept before the memo of their scores starts afresh
cdef double LOGE2 = 0.693147180559945309417232121458176568  # numpy's NPY_LOGE2


cdef inline double _logaddexp(double x, double y):
    """numpy's `npy_logaddexp` (which `np.logaddexp` runs on two doubles), step for step."""
    cdef double tmp
    if x == y:
        return x + LOGE2
    tmp = x - y
    if tmp > 0:
        return x + log1p(exp(-tmp))
    if tmp <= 0:
        return y + log1p(exp(tmp))
    return tmp


cdef struct Transitions:
    int* start  # per state s: its transitions are [start[s], start[s + 1])
    int* tag  # the tag a transition goes to (dense index)
    int* target  # the state it leads to: (the state's current tag, tag)
    double* lp


cdef Transitions _transitions(dict table, dict states, dict index) except *:
    cdef int n = len(states), s, at = 0
    cdef int count = sum(len(followers) for followers in table.values())
    cdef Transitions out
    out.start = <int*> PyMem_Malloc((n + 1) * sizeof(int))
    out.tag = <int*> PyMem_Malloc((count + 1) * sizeof(int))
    out.target = <int*> PyMem_Malloc((count + 1) * sizeof(int))
    out.lp = <double*> PyMem_Malloc((count + 1) * sizeof(double))
    if not out.start or not out.tag or not out.target or not out.lp:
        raise MemoryError
    by_state = {states[state]: (state[1], followers) for state, followers in table.items()}
    for s in range(n):
        out.start[s] = at
        current, followers = by_state.get(s, (None, ()))
        for tag, lp in followers:
            out.tag[at] = index[tag]
            out.target[at] = states[(current, tag)]
            out.lp[at] = lp
            at += 1
    out.start[n] = at
    return out


cdef void _release(Transitions t):
    PyMem_Free(t.start)
    PyMem_Free(t.tag)
    PyMem_Free(t.target)
    PyMem_Free(t.lp)


cdef class SegmentSearch:
    """HanTa's searches over a word's segments for one model, whose tables are turned into arrays once."""

    cdef int n_tags, n_states, n_open, longest, capacity, start_state
    cdef bint strict  # the model's own setting, which `forward` follows
    cdef Transitions nonfinal, final
    cdef int* state_tags  # state → HanTa's current tag of the state
    cdef dict index  # HanTa's tag → dense index
    cdef dict reachability  # HanTa's: final tag → the tags a path to it may go through
    cdef dict masks  # final tag → bytes, per dense tag 1 when a path to the final tag may go through it
    cdef int* open_index  # per tag: its index among the open tags (those that admit unseen morphemes), or -1
    cdef double* bases  # per open tag and length 0..24: (Int_t + LP_hapax_t[t]) + LP_len_t[t][length]
    cdef dict by_segment  # morpheme → tuple of (tag, log probability)
    cdef list suffix_tables  # per open tag: HanTa's LP_s_t[t]
    cdef dict endings  # memo: an ending of up to four characters → its row in `ending_scores`
    cdef double* ending_scores  # row × open tag: the ending's score in the tag's table, NaN when it has none
    # the word being searched, and work space grown to the longest word seen: rows 0..len + 1
    cdef str word
    cdef int wlen
    cdef bint suffixes_found
    cdef double* values  # row × state
    cdef unsigned int* stamps  # row × state: the search's number when the state entered the row
    cdef unsigned int search_number
    cdef int* back_state  # row × state: the state it was reached from
    cdef int* back_row  # row × state: the row of that state
    cdef int* order  # row × state: the row's states in the order they entered
    cdef int* order_len
    cdef double* suffix  # end × length 0..4 × open tag
    cdef int* known_start  # per start: its seen morphemes are known_*[known_start[i]:known_start[i + 1]]
    cdef int* known_end
    cdef int* known_tag
    cdef double* known_lp
    cdef int known_capacity
    cdef unsigned int* scored_stamp  # per tag: the position number when its (end, score) pairs were found
    cdef unsigned int position_number
    cdef int* scored_start  # per tag: its pairs at this position are scored_*[start:start + len]
    cdef int* scored_len
    cdef int* scored_end
    cdef double* scored_lp

    def __cinit__(self) -> None:
        self.capacity = -1

    def __init__(self, model: object, int empty, int start) -> None:
        tags = set(model.LP_m_t)
        states = {(empty, start): 0}
        for table in (model.LP_trans_nonfinal, model.LP_trans_final):
            for state, followers in table.items():
                tags.update(state)
                states.setdefault(state, len(states))
                for tag, _ in followers:
                    tags.add(tag)
                    states.setdefault((state[1], tag), len(states))
        self.index = {tag: k for k, tag in enumerate(sorted(tags))}
        self.n_tags, self.n_states, self.start_state = len(self.index), len(states), 0
        self.state_tags = <int*> PyMem_Malloc(self.n_states * sizeof(int))
        if not self.state_tags:
            raise MemoryError
        for state_number, state in enumerate(states):
            self.state_tags[state_number] = state[1]
        self.nonfinal = _transitions(model.LP_trans_nonfinal, states, self.index)
        self.final = _transitions(model.LP_trans_final, states, self.index)
        self.strict = model.strict
        self.reachability = model.reachability
        self.masks = {}
        opened = [t for t in model.LP_hapax_t if t in model.LP_s_t]
        self.n_open = len(opened)
        self.open_index = <int*> PyMem_Malloc(self.n_tags * sizeof(int))
        self.bases = <double*> PyMem_Malloc((self.n_open * 25 + 1) * sizeof(double))
        self.scored_stamp = <unsigned int*> PyMem_Malloc(self.n_tags * sizeof(unsigned int))
        self.scored_start = <int*> PyMem_Malloc(self.n_tags * sizeof(int))
        self.scored_len = <int*> PyMem_Malloc(self.n_tags * sizeof(int))
        if not self.open_index or not self.bases or not self.scored_stamp or not self.scored_start \
                or not self.scored_len:
            raise MemoryError
        cdef int k, length
        for k in range(self.n_tags):
            self.open_index[k] = -1
            self.scored_stamp[k] = 0
        for k, tag in enumerate(opened):
            self.open_index[self.index[tag]] = k
            for length in range(25):
                self.bases[k * 25 + length] = model.Int_t + model.LP_hapax_t[tag] + model.LP_len_t[tag][length]
        self.suffix_tables = [model.LP_s_t[tag] for tag in opened]
        self.endings = {}
        self.ending_scores = <double*> PyMem_Malloc((MEMO * self.n_open + 1) * sizeof(double))
        if not self.ending_scores:
            raise MemoryError
        pairs: dict = {}
        for tag, morphemes in model.LP_m_t.items():
            for morpheme, lp in morphemes.items():
                pairs.setdefault(morpheme, []).append((self.index[tag], lp))
        self.by_segment = {morpheme: tuple(found) for morpheme, found in pairs.items()}
        self.longest = max(map(len, self.by_segment), default=0)

    def __dealloc__(self) -> None:
        _release(self.nonfinal)
        _release(self.final)
        PyMem_Free(self.state_tags)
        PyMem_Free(self.open_index)
        PyMem_Free(self.bases)
        PyMem_Free(self.scored_stamp)
        PyMem_Free(self.scored_start)
        PyMem_Free(self.scored_len)
        PyMem_Free(self.known_end)
        PyMem_Free(self.known_tag)
        PyMem_Free(self.known_lp)
        PyMem_Free(self.ending_scores)
        self._release_rows()

    cdef void _release_rows(self):
        PyMem_Free(self.values)
        PyMem_Free(self.stamps)
        PyMem_Free(self.back_state)
        PyMem_Free(self.back_row)
        PyMem_Free(self.order)
        PyMem_Free(self.order_len)
        PyMem_Free(self.suffix)
        PyMem_Free(self.known_start)
        PyMem_Free(self.scored_end)
        PyMem_Free(self.scored_lp)
        self.values = self.suffix = self.scored_lp = NULL
        self.stamps = NULL
        self.back_state = self.back_row = self.order = self.order_len = self.known_start = self.scored_end = NULL

    cdef void _grow(self, int wlen) except *:
        """Work space for words of up to `wlen` characters, every row empty."""
        self._release_rows()
        self.capacity = -1
        cdef size_t rows = wlen + 2, cells = rows * self.n_states, k
        self.values = <double*> PyMem_Malloc(cells * sizeof(double))
        self.stamps = <unsigned int*> PyMem_Malloc(cells * sizeof(unsigned int))
        self.back_state = <int*> PyMem_Malloc(cells * sizeof(int))
        self.back_row = <int*> PyMem_Malloc(cells * sizeof(int))
        self.order = <int*> PyMem_Malloc(cells * sizeof(int))
        self.order_len = <int*> PyMem_Malloc(rows * sizeof(int))
        self.suffix = <double*> PyMem_Malloc(((wlen + 1) * 5 * self.n_open + 1) * sizeof(double))
        self.known_start = <int*> PyMem_Malloc(rows * sizeof(int))
        self.scored_end = <int*> PyMem_Malloc(<size_t> self.n_tags * (wlen + 1) * sizeof(int))
        self.scored_lp = <double*> PyMem_Malloc(<size_t> self.n_tags * (wlen + 1) * sizeof(double))
        if not self.values or not self.stamps or not self.back_state or not self.back_row or not self.order \
                or not self.order_len or not self.suffix or not self.known_start or not self.scored_end \
                or not self.scored_lp:
            raise MemoryError
        for k in range(cells):
            self.stamps[k] = 0
        self.search_number = 0
        self.capacity = wlen

    cdef void _start(self, str word) except *:
        """Take `word` as the word searched: its seen morphemes; its endings' scores when first needed."""
        self.word, self.wlen = word, len(word)
        if self.wlen > self.capacity:
            self._grow(self.wlen)
        self.suffixes_found = False
        cdef int i, j, at = 0
        for i in range(self.wlen + 1):
            self.known_start[i] = at
            for j in range(i + 1, min(self.wlen, i + self.longest) + 1):
                found = self.by_segment.get(word[i:j])
                if found is None:
                    continue
                if at + len(<tuple> found) > self.known_capacity:
                    self._grow_known(2 * (at + len(<tuple> found)))
                for tag, lp in <tuple> found:
                    self.known_end[at] = j
                    self.known_tag[at] = tag
                    self.known_lp[at] = lp
                    at += 1
        self.known_start[self.wlen + 1] = at

    cdef void _grow_known(self, int capacity) except *:
        cdef int* end = <int*> PyMem_Malloc(capacity * sizeof(int))
        cdef int* tag = <int*> PyMem_Malloc(capacity * sizeof(int))
        cdef double* lp = <double*> PyMem_Malloc(capacity * sizeof(double))
        if not end or not tag or not lp:
            raise MemoryError
        cdef int k
        for k in range(self.known_capacity):
            end[k], tag[k], lp[k] = self.known_end[k], self.known_tag[k], self.known_lp[k]
        PyMem_Free(self.known_end)
        PyMem_Free(self.known_tag)
        PyMem_Free(self.known_lp)
        self.known_end, self.known_tag, self.known_lp = end, tag, lp
        self.known_capacity = capacity

    cdef void _find_suffixes(self) except *:
        """Per end j and length k (0 to 4, at most j): each open tag's score of the ending word[j - k:j]."""
        cdef int j, k, o, n_open = self.n_open
        cdef Py_ssize_t row
        cdef double* scores
        for j in range(self.wlen + 1):
            for k in range(min(4, j) + 1):
                ending = self.word[j - k:j]
                found = self.endings.get(ending)
                if found is None:
                    if len(self.endings) >= MEMO:
                        self.endings.clear()
                    row = len(self.endings)
                    self.endings[ending] = row
                    for o, table in enumerate(self.suffix_tables):
                        self.ending_scores[row * n_open + o] = table.get(ending, NAN)
                else:
                    row = found
                scores = self.ending_scores + row * n_open
                for o in range(n_open):
                    self.suffix[(j * 5 + k) * n_open + o] = scores[o]
        self.suffixes_found = True

    cdef inline double _suffix(self, int o, int end, int longest):
        """HanTa's suffix score of an unseen morpheme ending at `end` for open tag `o`: its longest ending of
        at most `longest` characters in the tag's table, else the table's ''."""
        cdef int k
        cdef double lp
        for k in range(longest, 0, -1):
            lp = self.suffix[(end * 5 + k) * self.n_open + o]
            if not isnan(lp):
                return lp
        return self.suffix[end * 5 * self.n_open + o]

    cdef int _score(self, int i, int tag, bint strict, int at) except -1:
        """The (end, score) pairs of the morphemes of `tag` that start at `i`, written from `at` in the pool:
        HanTa's lp_m_t of each segment, those that score -inf left out. Returns their number."""
        cdef int o = -1 if strict else self.open_index[tag], j, m, e, count = 0, wlen = self.wlen
        cdef int first = self.known_start[i], last = self.known_start[i + 1]
        cdef double lp
        cdef bint seen
        if o < 0:  # a closed tag: its seen morphemes only
            for e in range(first, last):
                if self.known_tag[e] == tag:
                    self.scored_end[at + count] = self.known_end[e]
                    self.scored_lp[at + count] = self.known_lp[e]
                    count += 1
            return count
        if not self.suffixes_found:
            self._find_suffixes()
        for j in range(i + 1, min(i + LONG, wlen + 1)):
            m = j - i
            seen = False
            for e in range(first, last):
                if self.known_end[e] == j and self.known_tag[e] == tag:
                    lp, seen = self.known_lp[e], True
                    break
            if not seen:
                if not (wlen < 4 or m > 2):
                    continue
                lp = self.bases[o * 25 + min(m, 24)] + self._suffix(o, j, min(4, m - 1))
                if m == wlen:  # the whole word as one unseen morpheme: HanTa's penalty
                    lp -= 4.6
            self.scored_end[at + count] = j
            self.scored_lp[at + count] = lp
            count += 1
        if wlen - i < LONG:
            return count
        cdef int long_at = at + count
        for j in range(i + LONG, wlen + 1):
            lp = self.bases[o * 25 + min(j - i, 24)] + self._suffix(o, j, 4)
            if i == 0 and j == wlen:
                lp -= 4.6
            self.scored_end[at + count] = j
            self.scored_lp[at + count] = lp
            count += 1
        for e in range(first, last):  # a seen morpheme of the tag: its own score
            if self.known_tag[e] == tag and self.known_end[e] - i >= LONG:
                self.scored_lp[long_at + self.known_end[e] - i - LONG] = self.known_lp[e]
        return count

    cdef inline void _enter(self, int row, int state, double lp, int from_state, int from_row):
        cdef size_t cell = <size_t> row * self.n_states + state
        if self.stamps[cell] != self.search_number:
            self.stamps[cell] = self.search_number
            self.order[<size_t> row * self.n_states + self.order_len[row]] = state
            self.order_len[row] += 1
        elif lp <= self.values[cell]:
            return
        self.values[cell] = lp
        self.back_state[cell] = from_state
        self.back_row[cell] = from_row

    cdef void _search(self, bint strict, const unsigned char* allowed, int target) except *:
        """One search over the word's segments; `allowed` (or NULL: all) masks the tags a path may go
        through, `target` (or -1: any) is the one final tag the path may end in."""
        cdef int wlen = self.wlen, n = self.n_states, row, k, s, f, tag, q, count, pool
        cdef double lp, lp0, lp1, bound
        if self.search_number == 0xFFFFFFFF:
            self._grow(self.capacity)
        self.search_number += 1
        for row in range(wlen + 2):
            self.order_len[row] = 0
        self._enter(0, self.start_state, 0.0, -1, -1)
        for row in range(wlen):  # the row at the word's end has no segment to go on with
            count = self.order_len[row]
            if count == 0:
                continue
            bound = beam_bound(self.order + <size_t> row * n, self.values + <size_t> row * n, count, BEAM,
                               LOWER_BOUND)
            self.position_number += 1
            if self.position_number == 0:
                for k in range(self.n_tags):
                    self.scored_stamp[k] = 0
                self.position_number = 1
            pool = 0
            for k in range(count):
                s = self.order[<size_t> row * n + k]
                lp = self.values[<size_t> row * n + s]
                if lp < bound:
                    continue
                for f in range(self.nonfinal.start[s], self.nonfinal.start[s + 1]):
                    tag = self.nonfinal.tag[f]
                    if allowed != NULL and not allowed[tag]:
                        continue
                    if self.scored_stamp[tag] != self.position_number:
                        self.scored_stamp[tag] = self.position_number
                        self.scored_start[tag] = pool
                        self.scored_len[tag] = self._score(row, tag, strict, pool)
                        pool += self.scored_len[tag]
                    lp0 = lp + self.nonfinal.lp[f]
                    for q in range(self.scored_start[tag], self.scored_start[tag] + self.scored_len[tag]):
                        lp1 = lp0 + self.scored_lp[q]
                        if lp1 > LOWER_BOUND:
                            self._enter(self.scored_end[q], self.nonfinal.target[f], lp1, s, row)
        for k in range(self.order_len[wlen]):
            s = self.order[<size_t> wlen * n + k]
            lp = self.values[<size_t> wlen * n + s]
            for f in range(self.final.start[s], self.final.start[s + 1]):
                if target >= 0 and self.final.tag[f] != target:
                    continue
                lp1 = lp + self.final.lp[f]
                if lp1 > LOWER_BOUND:
                    self._enter(wlen + 1, self.final.target[f], lp1, s, wlen)
                if target >= 0:
                    break

    def forward(self, str word) -> list:
        """`analyze_forward`'s score per part of speech (HanTa's `-tag` of a final state) in the order the
        last row first meets it: the first state's score, or numpy's logaddexp of all of them in row order,
        each with whether it is such a sum (HanTa's is then a numpy float)."""
        self._start(word)
        self._search(self.strict, NULL, -1)
        cdef int count = self.order_len[self.wlen + 1], found = 0, k, at, pos
        cdef double lp
        cdef size_t last = <size_t> (self.wlen + 1) * self.n_states
        cdef int* positions = self.scored_end  # free once the search is done: room for one entry per state
        cdef double* scores = self.scored_lp
        summed = [False] * count
        for k in range(count):
            pos = -self.state_tags[self.order[last + k]]
            lp = self.values[last + self.order[last + k]]
            for at in range(found):
                if positions[at] == pos:
                    scores[at] = _logaddexp(scores[at], lp)
                    summed[at] = True
                    break
            else:
                positions[found] = pos
                scores[found] = lp
                found += 1
        return [(positions[at], scores[at], summed[at]) for at in range(found)]

    def viterbi(self, str word, target: int) -> list | None:
        """`analyze_viterbi`'s best path to the final tag `target`, as HanTa returns it: (tag, end) per
        morpheme; None when no path reaches it."""
        mask = self.masks.get(target)
        if mask is None:
            reachable = self.reachability.get(target, frozenset())
            mask = self.masks[target] = bytes(tag in reachable for tag in self.index)
        if target not in self.index:  # no final transition goes to it
            return None
        cdef const unsigned char* allowed = <bytes> mask
        cdef int dense = self.index[target]
        self._start(word)
        cdef int row = self.wlen + 1, k, state = -1
        cdef size_t last = <size_t> row * self.n_states, cell
        cdef double best
        for strict in (True, False):  # HanTa tries without unseen morphemes first
            self._search(strict, allowed, dense)
            if self.order_len[row]:
                break
        else:
            return None
        for k in range(self.order_len[row]):
            cell = last + self.order[last + k]
            if state < 0 or self.values[cell] > best:
                state, best = self.order[last + k], self.values[cell]
        path = []
        while row > 0:
            path.append((self.state_tags[state], row))
            cell = <size_t> row * self.n_states + state
            state, row = self.back_state[cell], self.back_row[cell]
        path.reverse()
        return path
