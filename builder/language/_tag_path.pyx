# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""HanTa's sentence Viterbi (`tag_sent_viterbi`) over the tags `viterbi.py` gives each word, in C.

A state is a pair of word tags (the one before, the current one), numbered `before * n_tags + current`. Each
row (one per word) is an array of scores over the states, a stamp per state saying whether it is in the row
for the current sentence, the state it was reached from, and the row's states in the order they entered it,
which is the order HanTa's dict iterates in. Every score is the double HanTa's float holds, summed in the
same order, and ties are broken the same way.
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc

from builder.language._beam cimport beam_bound
from libc.math cimport INFINITY, NAN, isnan

cdef double LOWER_BOUND = -1e6  # HanTa's floor below which a path is dropped
cdef int BEAM = 5  # HanTa goes on from the states scoring within 1 of the sixth best only


cdef class TagPath:
    """The sentence Viterbi of one model's word-tag trigrams (`LP_trans_word`), turned into arrays once."""

    cdef int n_tags, n_states, start_state, end_tag, capacity
    cdef double* transitions  # state × tag: log probability, NaN when the state's row lacks the tag
    cdef unsigned char* has_row  # per state: whether the model has a row of transitions for it
    cdef list tag_ints  # dense index → HanTa's tag
    cdef dict index  # HanTa's tag → dense index
    # work space, grown to the longest sentence seen: rows 0..words
    cdef double* values  # row × state
    cdef unsigned int* stamps  # row × state: the sentence's number when the state entered the row
    cdef unsigned int sentence_number
    cdef int* back  # row × state: the state of the row before it was reached from
    cdef int* order  # row × state: the row's states in the order they entered
    cdef int* order_len
    cdef int* candidate_tags  # the current word's tags and their log probabilities
    cdef double* candidate_lps

    def __cinit__(self) -> None:
        self.capacity = -1

    def __init__(self, transitions: dict, int empty, int start, int end) -> None:
        tags = {empty, start, end}
        for (before, current), row in transitions.items():
            tags.update((before, current), row)
        self.tag_ints = sorted(tags)
        self.index = {tag: k for k, tag in enumerate(self.tag_ints)}
        cdef int n = len(self.tag_ints), state, k
        self.n_tags, self.n_states = n, n * n
        self.start_state = self.index[empty] * n + self.index[start]
        self.end_tag = self.index[end]
        self.transitions = <double*> PyMem_Malloc(<size_t> self.n_states * n * sizeof(double))
        self.has_row = <unsigned char*> PyMem_Malloc(self.n_states)
        self.candidate_tags = <int*> PyMem_Malloc(n * sizeof(int))
        self.candidate_lps = <double*> PyMem_Malloc(n * sizeof(double))
        if not self.transitions or not self.has_row or not self.candidate_tags or not self.candidate_lps:
            raise MemoryError
        for k in range(self.n_states * n):
            self.transitions[k] = NAN
        for k in range(self.n_states):
            self.has_row[k] = 0
        for (before, current), row in transitions.items():
            state = self.index[before] * n + self.index[current]
            self.has_row[state] = 1
            for tag, lp in row.items():
                self.transitions[<size_t> state * n + self.index[tag]] = lp

    def __dealloc__(self) -> None:
        PyMem_Free(self.transitions)
        PyMem_Free(self.has_row)
        PyMem_Free(self.candidate_tags)
        PyMem_Free(self.candidate_lps)
        self._release_rows()

    cdef void _release_rows(self):
        PyMem_Free(self.values)
        PyMem_Free(self.stamps)
        PyMem_Free(self.back)
        PyMem_Free(self.order)
        PyMem_Free(self.order_len)
        self.values = NULL
        self.stamps = NULL
        self.back = self.order = self.order_len = NULL

    cdef void _grow(self, int words) except *:
        """Work space for sentences of up to `words` words, every row empty."""
        self._release_rows()
        self.capacity = -1
        cdef size_t rows = words + 1, cells = rows * self.n_states, k
        self.values = <double*> PyMem_Malloc(cells * sizeof(double))
        self.stamps = <unsigned int*> PyMem_Malloc(cells * sizeof(unsigned int))
        self.back = <int*> PyMem_Malloc(cells * sizeof(int))
        self.order = <int*> PyMem_Malloc(cells * sizeof(int))
        self.order_len = <int*> PyMem_Malloc(rows * sizeof(int))
        if not self.values or not self.stamps or not self.back or not self.order or not self.order_len:
            raise MemoryError
        for k in range(cells):
            self.stamps[k] = 0
        self.sentence_number = 0
        self.capacity = words

    def tag_ids(self, candidates: list) -> list:
        """HanTa's tags of a sentence whose words may have the tags `candidates` gives, per word a sequence
        of (tag, conditional log probability) in the order HanTa's loop meets them."""
        cdef int words = len(candidates), n = self.n_tags, S = self.n_states, row, k, c, count, s, state, best
        cdef size_t at, cell
        cdef double lp0, lp, bound, tag_lp, best_lp
        if words > self.capacity:
            self._grow(words)
        if self.sentence_number == 0xFFFFFFFF:
            self._grow(self.capacity)
        self.sentence_number += 1
        cdef unsigned int number = self.sentence_number
        self.order_len[0] = 1
        self.order[0] = self.start_state
        self.values[self.start_state] = 0.0
        self.stamps[self.start_state] = number
        for row in range(1, words + 1):
            count = 0
            for tag, tag_lp in candidates[row - 1]:
                c = self.index.get(tag, -1)
                if c >= 0:  # a tag no transition goes to: HanTa finds no score and skips it
                    self.candidate_tags[count] = c
                    self.candidate_lps[count] = tag_lp
                    count += 1
            bound = beam_bound(self.order + <size_t> (row - 1) * S, self.values + <size_t> (row - 1) * S,
                               self.order_len[row - 1], BEAM, LOWER_BOUND)
            self.order_len[row] = 0
            for k in range(self.order_len[row - 1]):
                s = self.order[<size_t> (row - 1) * S + k]
                lp0 = self.values[<size_t> (row - 1) * S + s]
                if lp0 < bound:
                    continue
                if not self.has_row[s]:
                    raise KeyError((self.tag_ints[s // n], self.tag_ints[s % n]))
                for c in range(count):
                    lp = self.transitions[<size_t> s * n + self.candidate_tags[c]]
                    if isnan(lp):
                        continue
                    lp = lp0 + lp + self.candidate_lps[c]
                    if lp > LOWER_BOUND:
                        state = (s % n) * n + self.candidate_tags[c]
                        cell = <size_t> row * S + state
                        if self.stamps[cell] != number:
                            self.stamps[cell] = number
                            self.order[<size_t> row * S + self.order_len[row]] = state
                            self.order_len[row] += 1
                        elif lp <= self.values[cell]:
                            continue
                        self.values[cell] = lp
                        self.back[cell] = s
        best, best_lp = -1, -INFINITY
        for k in range(self.order_len[words]):
            s = self.order[<size_t> words * S + k]
            if not self.has_row[s]:
                raise KeyError((self.tag_ints[s // n], self.tag_ints[s % n]))
            tag_lp = self.transitions[<size_t> s * n + self.end_tag]
            lp = self.values[<size_t> words * S + s] + (-INFINITY if isnan(tag_lp) else tag_lp)
            if lp > best_lp:
                best, best_lp = s, lp
        if best < 0:  # HanTa fails the same way: no path reaches the end of the sentence
            raise KeyError((self.tag_ints[self.end_tag], self.tag_ints[self.start_state // n]))
        tags = [0] * words
        for row in range(words, 0, -1):
            tags[row - 1] = self.tag_ints[best % n]
            best = self.back[<size_t> row * S + best]
        return tags
