"""The arc-hybrid transition system and its dynamic oracle (Goldberg & Nivre 2013).

A parser state holds a stack (index 0 is the artificial root), the front of the buffer and the
arcs built so far.  Three transitions:

* ``SHIFT`` — push the buffer front onto the stack;
* ``LEFT`` — the buffer front becomes the head of the stack top, which is popped;
* ``RIGHT`` — the item below the stack top becomes its head; the top is popped.

Tokens are numbered 1..n (0 is the root).  :func:`transition_costs` counts the gold arcs a
transition makes unreachable, which lets training follow the model's own (wrong) decisions
and still learn the best continuation (the "dynamic oracle").  Non-projective gold trees are
handled approximately: the costs count only arcs that are still reachable in the state.
"""

from __future__ import annotations

from collections.abc import Sequence

SHIFT, LEFT, RIGHT = 0, 1, 2
N_MOVES = 3
MOVE_NAMES = ("SHIFT", "LEFT", "RIGHT")


class State:
    """A parser configuration over ``n`` tokens (1-based; 0 is the root)."""

    __slots__ = ("n", "stack", "b", "heads", "lefts", "rights")

    def __init__(self, n: int) -> None:
        self.n = n
        self.stack: list[int] = [0]
        self.b = 1  # buffer front; the buffer is b..n
        self.heads: list[int] = [-1] * (n + 1)
        self.lefts: list[list[int]] = [[] for _ in range(n + 1)]
        self.rights: list[list[int]] = [[] for _ in range(n + 1)]

    @property
    def done(self) -> bool:
        return self.b > self.n and len(self.stack) == 1

    def valid(self) -> tuple[bool, bool, bool]:
        """Which of SHIFT, LEFT, RIGHT may be applied now."""
        has_buffer = self.b <= self.n
        depth = len(self.stack)
        return (has_buffer, has_buffer and depth > 1, depth > 2 or (depth == 2 and not has_buffer))

    def apply(self, move: int) -> None:
        if move == SHIFT:
            self.stack.append(self.b)
            self.b += 1
        elif move == LEFT:
            dep = self.stack.pop()
            self._arc(self.b, dep)
        else:
            dep = self.stack.pop()
            self._arc(self.stack[-1], dep)

    def _arc(self, head: int, dep: int) -> None:
        self.heads[dep] = head
        if dep < head:
            _insert_sorted(self.lefts[head], dep)
        else:
            _insert_sorted(self.rights[head], dep)


def _insert_sorted(items: list[int], value: int) -> None:
    k = len(items)
    while k > 0 and items[k - 1] > value:
        k -= 1
    items.insert(k, value)


def transition_costs(state: State, gold: Sequence[int]) -> tuple[int, int, int]:
    """Gold arcs lost by SHIFT, LEFT and RIGHT (a large cost for invalid moves).

    ``gold[i]`` is the gold head of token ``i`` (``gold[0]`` is unused).
    """
    big = 1 << 20
    can_shift, can_left, can_right = state.valid()
    stack = state.stack
    b = state.b
    n = state.n
    s0 = stack[-1]
    shift = left = right = big
    if can_shift:
        # b can no longer take a head from the stack below s0, nor dependents from the stack
        cost = 0
        gb = gold[b]
        for k in stack[:-1]:
            if gb == k:
                cost += 1
        for k in stack:
            if gold[k] == b and state.heads[k] == -1 and k != 0:
                cost += 1
        shift = cost
    if can_left or can_right:
        # s0 is popped: its dependents still in the buffer are lost
        deps_in_buffer = 0
        for k in range(b, n + 1):
            if gold[k] == s0:
                deps_in_buffer += 1
        g0 = gold[s0]
        s1 = stack[-2] if len(stack) > 1 else -1
        if can_left:
            lost_head = 0 if g0 == b else int(g0 == s1 or b < g0 <= n)
            left = deps_in_buffer + lost_head
        if can_right:
            lost_head = 0 if g0 == s1 else int(b <= g0 <= n)
            right = deps_in_buffer + lost_head
    return shift, left, right


def is_projective(heads: Sequence[int]) -> bool:
    """No two arcs cross (``heads[0]`` is ignored; token i's head is ``heads[i]``)."""
    arcs = [(min(i, h), max(i, h)) for i, h in enumerate(heads) if i > 0 and h >= 0]
    for a, b in arcs:
        for c, d in arcs:
            if a < c < b < d:
                return False
    return True
