"""Which address a request came from: the proxy header is believed only as far as trusted."""

import pytest

from securebase.core.addresses import client_address, parse_networks

PROXY = "10.0.0.5"
NETWORKS = parse_networks(["10.0.0.0/24", "192.0.2.9"])


@pytest.mark.parametrize(
    ("remote", "forwarded", "hops", "expected"),
    [
        # Nothing trusted: the header is ignored, whatever it says.
        ("203.0.113.7", "198.51.100.1", 0, "203.0.113.7"),
        # One trusted proxy appended the real client on the right; the left part is invented.
        (PROXY, "198.51.100.1", 1, "198.51.100.1"),
        (PROXY, "6.6.6.6, 198.51.100.1", 1, "198.51.100.1"),
        # Two proxies in a row (a CDN, then nginx): the second entry from the right.
        (PROXY, "6.6.6.6, 198.51.100.1, 192.0.2.9", 2, "198.51.100.1"),
        # Fewer entries than trusted hops: the request did not pass the proxies; use the peer.
        ("203.0.113.7", "", 1, "203.0.113.7"),
        # Garbage where the client should be never wins.
        (PROXY, "not-an-address", 1, PROXY),
    ],
)
def test_it_trusts_the_header_only_for_the_configured_hops(remote, forwarded, hops, expected):
    assert client_address(remote, forwarded, trusted_hops=hops) == expected


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        # A peer outside the trusted networks is the client, header or not.
        ("203.0.113.7", "198.51.100.1", "203.0.113.7"),
        # From a trusted proxy: skip trusted entries from the right; the next one is the client.
        (PROXY, "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        (PROXY, "6.6.6.6, 198.51.100.1, 192.0.2.9", "198.51.100.1"),
        (PROXY, "198.51.100.1, not-an-address", PROXY),
        (PROXY, "", PROXY),
    ],
)
def test_it_trusts_the_header_only_from_trusted_networks(remote, forwarded, expected):
    assert client_address(remote, forwarded, trusted_networks=NETWORKS) == expected


def test_it_refuses_a_proxy_setting_that_is_not_an_address():
    with pytest.raises(ValueError, match="does not appear to be"):
        parse_networks(["10.0.0.0/8", "proxy.local"])
