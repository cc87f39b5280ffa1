"""Undoing a sale that used a reward: the reward comes back and the punch it earned goes."""

from __future__ import annotations

from app.core import customers, loyalty, purchases
from app.core.purchases import LineInput


def test_undo_gives_the_reward_back_before_taking_the_punch(shop):
    card = loyalty.add_program(shop, {"kind": "punch", "name": "Coffee", "punches": 3,
                                      "reward": "a free coffee"})
    who = customers.resolve(shop, "052-555-1234").id
    for _ in range(2):
        purchases.record(shop, who, lines=[LineInput("Latte", 1, "15")])
    sale = purchases.record(shop, who, lines=[LineInput("Latte", 1, "15")])  # 3 punches
    loyalty.redeem(shop, who, card.id, purchase_id=sale.id)  # 0 left
    purchases.void(shop, sale.id)
    held = {b.program.id: b.balance for b in loyalty.balances(shop, who)}
    assert held[card.id] == 2  # the reward is back (3), the undone sale's punch is gone
