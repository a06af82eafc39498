# cython: language_level=3
"""HanTa's beam over one row of a Viterbi table, shared by the two searches in C (`_segments.pyx`,
`_tag_path.pyx`)."""


cdef inline double beam_bound(const int* states, const double* values, int count, int beam,
                              double floor) noexcept:
    """HanTa's `sorted(row.values(), reverse=True)[beam] - 1`: the row's (beam + 1)-th best score less 1,
    duplicates counted, for the `count` states listed in `states` with their scores in `values`; `floor`
    when the row has `beam + 1` states or fewer (beam < 8)."""
    if count <= beam:
        return floor
    cdef double best[8]
    cdef double lp
    cdef int k, at, filled = 0
    for k in range(count):
        lp = values[states[k]]
        if filled == beam + 1 and lp <= best[beam]:
            continue
        at = filled if filled <= beam else beam
        while at > 0 and best[at - 1] < lp:
            best[at] = best[at - 1]
            at -= 1
        best[at] = lp
        if filled <= beam:
            filled += 1
    return best[beam] - 1
