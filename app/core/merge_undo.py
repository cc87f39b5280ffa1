"""Undoing a customer merge: parting the two customers exactly as they were, refused when
something done since the merge would be lost or left wrong."""

from __future__ import annotations

from app.core import audit
from app.core.customer_merge import MergeResult
from app.core.errors import Conflict, Message, NotFound
from app.core.staff import require_manager
from app.store import customers as customer_rows
from app.store import dedupe as rows
from app.store import purchases as purchase_rows

_SAFE_KINDS = ("earn", "bonus")  # loyalty entries of the kept customer an undo can live with
_NOT_COMPARED = (
    *rows.FIGURES,
    "updated_at",
    "updated_by",
    "updated_workstation",
    "updated_channel",
)


def undo_merge(shop, merge_id: int) -> MergeResult:
    """Part the two customers again exactly as they were. Refused when something done
    since the merge would be lost or left wrong; the message says what."""
    require_manager(shop.actor)
    actor = shop.actor
    with shop.write() as session:
        merge_row = rows.get_merge(session, merge_id)
        if merge_row is None:
            raise NotFound("There is no merge {id}.", id=merge_id)
        if merge_row.undone_at is not None:
            raise Conflict("That merge was already undone.")
        snap = rows.snapshot_of(merge_row)
        keep = customer_rows.get(session, merge_row.kept_id)
        dup = customer_rows.get(session, merge_row.merged_id)
        _check_undo(session, merge_row, snap, keep, dup)
        moved = snap["moved"]
        rows.move_back(session, moved, dup.id)
        rows.unretire_card(session, dup.card_number)
        rows.restore_fields(keep, snap["kept"], skip=rows.FIGURES)
        rows.restore_fields(dup, snap["merged"], skip=rows.FIGURES)
        session.flush()
        for cid in (keep.id, dup.id):
            purchase_rows.recount_customer(session, cid)
        merge_row.undone_at, merge_row.undone_by = audit.now(), actor.staff_id
        audit.record(session, actor, "unmerge", "customer", keep.id, f"merge {merge_id}")
        audit.record(session, actor, "unmerge", "customer", dup.id, f"merge {merge_id}")
        counts = {name: len(ids) for name, ids in moved.items()}
        return MergeResult(merge_id, keep.id, dup.id, (), counts)


def _check_undo(session, merge_row, snap: dict, keep, dup) -> None:
    who = Message("customer {id}", id=merge_row.kept_id)
    if keep.erased_at is not None or dup.erased_at is not None:
        raise Conflict("One of the two customers was erased since the merge; it can't be undone.")
    if rows.later_merges(session, merge_row) or keep.merged_into is not None:
        raise Conflict("{who} was part of a later merge; undo that one first.", who=who)
    if dup.merged_into != keep.id:
        raise Conflict("Customer {id} is no longer merged into {who}.",
                       id=merge_row.merged_id, who=who)
    now_fields = {"kept": rows.fields_of(keep), "merged": rows.fields_of(dup)}
    for side in ("kept", "merged"):
        changed = [
            k
            for k, v in snap["after"][side].items()
            if k not in _NOT_COMPARED and now_fields[side].get(k) != v
        ]
        if changed:
            whose = who if side == "kept" else Message("customer {id}", id=merge_row.merged_id)
            raise Conflict(
                "{who} was changed since the merge ({fields}); undoing it would lose that change.",
                who=whose, fields=", ".join(sorted(changed)),
            )
    if not rows.still_owned(session, snap["moved"], keep.id):
        raise Conflict("Some of the moved history no longer belongs to {who}.", who=who)
    if rows.purchases_changed_since(session, snap["moved"]["purchases"], merge_row.at):
        raise Conflict(
            "A purchase that came with the merge was refunded or undone since; "
            "the merge can't be undone."
        )
    moved_purchases = set(snap["moved"]["purchases"])
    for entry in rows.entries_since(session, keep.id, snap["last_entry_id"]):
        if (
            entry.kind not in _SAFE_KINDS
            or entry.purchase_id in moved_purchases
            or entry.redeemed_on in moved_purchases
        ):
            raise Conflict(
                "{who}'s loyalty balance was used or corrected since the merge; "
                "the merge can't be undone.",
                who=who,
            )
