"""A real many-to-many link list past the old 1,000-item cap: Chinook's "Music" playlist holds
3,290 tracks (tests/fixtures/realdb/chinook_playlists.sqlite). Imported, built and served on
SQLite and PostgreSQL, the playlist's tracks are written from the playlist's own side in one
updateEntity, then changed with removeLinks / addLinks, and always equal the source's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from server.harness import Server

from .conftest import FIXTURES
from .test_end_to_end import torquec

PLAYLISTS = FIXTURES / "chinook_playlists.sqlite"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("playlists")
    torquec("import", str(PLAYLISTS), "-o", str(d / "playlists.json"), "--with-data", str(d / "data"), "-q")
    torquec("build", str(d / "playlists.json"), "-o", str(d / "app"), "-q")
    return d / "app", d / "data"


def linked_track_keys(server: Server, playlist_id: str) -> list[int]:
    keys, page = [], 1
    while True:
        got = server.rpc("getRelated", {"entity": "Playlist", "id": playlist_id, "relationship": "tracks", "page": page, "pageSize": 500})
        keys += [t["trackId"] for t in got["items"]]
        if len(keys) >= got["total"]:
            return keys
        page += 1


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_playlist_of_3290_tracks_is_written_from_its_own_side(backend, built, tmp_path, request):
    app, data = built
    if backend == "sqlite":
        url, drop = str(tmp_path / "app.db"), None
    else:
        cluster, name = request.getfixturevalue("pg_cluster"), "t_playlists_links"
        url, drop = cluster.create_database(name), (cluster, name)
    try:
        server = Server(app, database_url=url, seed=False)
        try:
            torquec("data", "import", str(app), str(data), "--database-url", url, "-q")
            src = sqlite3.connect(PLAYLISTS)
            music = sorted(k for (k,) in src.execute("SELECT TrackId FROM PlaylistTrack WHERE PlaylistId = 1"))
            assert len(music) == 3290
            playlist = server.rpc("loadEntityData", {"entity": "Playlist", "filters": [{"field": "playlistId", "op": "eq", "value": 1}]})["items"][0]
            assert sorted(linked_track_keys(server, playlist["id"])) == music  # data import wrote them
            track_ids = {}
            page = 1
            while len(track_ids) < 3503:
                got = server.rpc("loadEntityData", {"entity": "Track", "page": page, "pageSize": 500})
                track_ids.update({t["trackId"]: t["id"] for t in got["items"]})
                page += 1
            ids = [track_ids[k] for k in music]
            # replace from the playlist's side: empty, then all 3,290 in one request
            server.rpc("updateEntity", {"entity": "Playlist", "id": playlist["id"], "data": {"tracks": []}})
            assert linked_track_keys(server, playlist["id"]) == []
            server.rpc("updateEntity", {"entity": "Playlist", "id": playlist["id"], "data": {"tracks": ids}})
            assert sorted(linked_track_keys(server, playlist["id"])) == music
            # remove 2,000, add them back
            out = server.rpc("removeLinks", {"entity": "Playlist", "id": playlist["id"], "relationship": "tracks", "ids": ids[:2000]})
            assert (out["removed"], out["count"]) == (2000, 1290)
            out = server.rpc("addLinks", {"entity": "Playlist", "id": playlist["id"], "relationship": "tracks", "ids": ids})
            assert (out["added"], out["count"]) == (2000, 3290)
            assert sorted(linked_track_keys(server, playlist["id"])) == music
            # the other side sees the same links
            first = server.rpc("getRelated", {"entity": "Track", "id": ids[0], "relationship": "playlists", "pageSize": 50})
            assert playlist["id"] in {p["id"] for p in first["items"]}
        finally:
            server.stop()
    finally:
        if drop is not None:
            drop[0].drop_database(drop[1])
