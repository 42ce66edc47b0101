"""Which address a request came from, when a reverse proxy may stand in between.

Pure: no Django. A proxy appends the address it received a request from to `X-Forwarded-For`,
so the entries a trusted proxy wrote are at the right-hand end; anything further left was sent
by the client and may be invented. The header is therefore believed only as far as the
deployment says: a number of trusted hops, or the networks the trusted proxies live in.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(entries: Sequence[str]) -> tuple[Network, ...]:
    """Addresses or CIDR networks ("10.0.0.0/8", "192.0.2.7") as networks; ValueError if bad."""
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries)


def _valid(address: str) -> bool:
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True


def _within(address: str, networks: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(
    remote_addr: str,
    forwarded_for: str = "",
    *,
    trusted_hops: int = 0,
    trusted_networks: Sequence[Network] = (),
) -> str:
    """The client's address.

    `remote_addr` is the address of the TCP peer; `forwarded_for` the raw `X-Forwarded-For`
    value (comma-separated). With neither `trusted_hops` nor `trusted_networks` the header is
    ignored: the peer is the client. With `trusted_hops` = N, the N proxies in front of the
    app each appended one entry, so the client is the N-th entry from the right. With
    `trusted_networks`, the peer must be a trusted proxy; entries are then read from the right,
    skipping trusted proxies, and the first other one is the client. An entry that is not an
    address never wins: the peer's address is used instead.
    """
    hops = [part.strip() for part in forwarded_for.split(",") if part.strip()]
    if trusted_networks:
        if not _within(remote_addr, trusted_networks):
            return remote_addr
        for entry in reversed(hops):
            if not _within(entry, trusted_networks):
                return entry if _valid(entry) else remote_addr
        return hops[0] if hops else remote_addr
    if trusted_hops > 0 and len(hops) >= trusted_hops:
        entry = hops[-trusted_hops]
        return entry if _valid(entry) else remote_addr
    return remote_addr
