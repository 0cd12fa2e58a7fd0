"""What the Dockerfile puts in the image is enough to run: the files its final stage
copies, its ENV, the migration Job's command, its CMD and its HEALTHCHECK, run
as real processes on a real PostgreSQL (no Docker here: the stage is replayed)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import httpx
from dockerfile_parse import DockerfileParser

from .harness import Process, build_sample, clean_env, free_port

TOKENS = "t-admin:admin,t-viewer:viewer"


def replay_final_stage(app, root):
    """Copy what the final stage copies from the build context into ROOT/app; return (env, cmd, healthcheck)."""
    parser = DockerfileParser(fileobj=io.BytesIO((app / "deploy" / "Dockerfile").read_bytes()))
    stage = parser.structure[max(i for i, ins in enumerate(parser.structure) if ins["instruction"] == "FROM"):]
    image_app = root / "app"
    image_app.mkdir(parents=True)
    workdir = None
    for ins in stage:
        if ins["instruction"] == "WORKDIR":
            workdir = ins["value"]
        if ins["instruction"] != "COPY" or ins["value"].startswith("--from="):
            continue
        *sources, dest = ins["value"].split()
        assert workdir == "/app"
        for src in sources:
            target = image_app / dest.rstrip("/") if dest != "./" else image_app / src
            if src.endswith("/"):
                shutil.copytree(app / src, target)
            else:
                shutil.copy2(app / src, image_app / src)
    env = {k: v for k, v in parser.envs.items() if k.startswith("TORQUE_")}
    cmd = json.loads([ins["value"] for ins in stage if ins["instruction"] == "CMD"][-1])
    health = [ins["value"] for ins in stage if ins["instruction"] == "HEALTHCHECK"][-1]
    health_cmd = json.loads(health.split(" CMD ", 1)[1])
    return image_app, env, cmd, health_cmd


def in_image(argv, image_app):
    """`torquec …` and `/app` of the image, as commands on this machine."""
    out = []
    for a in argv:
        if a == "torquec":
            out += [sys.executable, "-m", "torquec"]
        elif a == "python":
            out.append(sys.executable)
        else:
            out.append(str(image_app) + a[4:] if a == "/app" or a.startswith("/app/") else a)
    return out


def test_the_image_files_migrate_serve_and_pass_the_healthcheck(tmp_path, pg_url):
    app = build_sample("customer-order", tmp_path / "built")
    image_app, image_env, cmd, health_cmd = replay_final_stage(app, tmp_path / "image")
    assert not (image_app / "web").exists() and not (image_app / "deploy").exists()
    port = free_port()

    # the migration Job (its command from k8s/migrate-job.yaml), configured the way many platforms do: DATABASE_URL
    import yaml

    job = yaml.safe_load((app / "deploy" / "k8s" / "migrate-job.yaml").read_text())
    job_cmd = job["spec"]["template"]["spec"]["containers"][0]["command"]
    migrated = subprocess.run(in_image(job_cmd, image_app), env=clean_env(DATABASE_URL=pg_url), cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr

    env = clean_env(**{**image_env, "TORQUE_PORT": str(port), "TORQUE_DATABASE_URL": pg_url, "TORQUE_TOKENS": TOKENS})
    assert env["TORQUE_HOST"] == "0.0.0.0"
    server = Process(in_image(cmd, image_app), env, tmp_path, tmp_path / "server.log")
    try:
        health = server.wait_healthy(f"http://127.0.0.1:{port}/health").json()
        assert health["database"] == "ok" and health["dialect"] == "postgres"
        out = server.output()
        assert f"http://0.0.0.0:{port}/rpc" in out and "Traceback" not in out
        r = httpx.post(f"http://127.0.0.1:{port}/rpc", headers={"Authorization": "Bearer t-admin"},
                       json={"jsonrpc": "2.0", "id": 1, "method": "loadEntityData", "params": {"entity": "Customer"}})
        assert r.json()["result"]["total"] == 0
        check = subprocess.run(in_image(health_cmd, image_app), env=env, capture_output=True, timeout=30)
        assert check.returncode == 0, check.stderr
    finally:
        server.stop()
    down = subprocess.run(in_image(health_cmd, image_app), env=env, capture_output=True, timeout=30)
    assert down.returncode != 0  # the HEALTHCHECK fails when nothing answers
    assert not (image_app / "data" / "app.db").exists()  # everything went to PostgreSQL


def run_image(image_app, env, timeout=90):
    return subprocess.run(in_image(["torquec", "serve", "/app", "--no-web"], image_app), env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_the_unedited_secret_fails_closed(tmp_path, pg_url):
    """Applied as generated, the Secret's placeholder tokens stop the server instead of becoming a known admin token."""
    import yaml

    app = build_sample("customer-order", tmp_path / "built")
    image_app, image_env, _, _ = replay_final_stage(app, tmp_path / "image")
    k8s = app / "deploy" / "k8s"
    config = yaml.safe_load((k8s / "configmap.yaml").read_text())["data"]
    secret = yaml.safe_load((k8s / "secret.yaml").read_text())["stringData"]
    env = clean_env(**{**image_env, **config, **secret, "TORQUE_DATABASE_URL": pg_url, "TORQUE_PORT": str(free_port())})
    r = run_image(image_app, env)
    assert r.returncode == 1 and "TORQUE_TOKENS entry without `:role`" in r.stderr, r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr


def test_an_image_of_a_model_without_auth_refuses_the_network_unless_told(tmp_path):
    app = build_sample("todo", tmp_path / "built")
    image_app, image_env, _, health_cmd = replay_final_stage(app, tmp_path / "image")
    port = free_port()
    env = clean_env(**{**image_env, "TORQUE_PORT": str(port)})
    r = run_image(image_app, env)
    assert r.returncode != 0 and "TORQUE_ALLOW_REMOTE_WITHOUT_AUTH" in r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    env["TORQUE_ALLOW_REMOTE_WITHOUT_AUTH"] = "1"
    server = Process(in_image(["torquec", "serve", "/app", "--no-web"], image_app), env, tmp_path, tmp_path / "todo.log")
    try:
        assert server.wait_healthy(f"http://127.0.0.1:{port}/health/ready").json()["schema"] == "current"
        assert subprocess.run(in_image(health_cmd, image_app), env=env, capture_output=True, timeout=30).returncode == 0
    finally:
        server.stop()
