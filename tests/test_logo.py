"""The brand's logo: PNG or JPEG only, shown to clients instead of the initial."""

from __future__ import annotations

import io

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


def _upload(session, data: bytes, name: str = "logo.png"):
    return session.http.post(
        "/api/settings/logo",
        data={"logo": (io.BytesIO(data), name)},
        headers={"X-CSRFToken": session.csrf},
        content_type="multipart/form-data",
    )


def test_owner_uploads_a_logo_that_clients_see(world, login, client):
    owner, customer = login(world.owner), login(world.client)
    assert client.get("/brand/logo").status_code == 404
    r = _upload(owner, PNG)
    assert r.status_code == 200, r.json
    url = r.json["settings"]["logo_url"]
    got = client.get(url)
    assert got.status_code == 200 and got.mimetype == "image/png" and got.data == PNG
    page = customer.get("/requests").get_data(as_text=True)
    assert f'src="{url}"' in page and f'data-brand-logo="{url}"' in page
    assert owner.post("/api/settings/logo/remove").status_code == 200
    assert client.get("/brand/logo").status_code == 404


def test_only_small_raster_images_are_accepted(world, login):
    owner = login(world.owner)
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    r = _upload(owner, svg, "logo.svg")
    assert r.status_code == 400 and "PNG or JPEG" in r.json["error"]["message"]
    r = _upload(owner, PNG + b"\0" * (300 * 1024))
    assert r.status_code == 413
    assert _upload(login(world.client), PNG).status_code == 404
