"""`torquec build` writes deploy/: the files are valid (Kubernetes JSON schemas, the
compose spec, a Dockerfile parser) and say what a deployment needs (non-root,
healthchecks, probes, Secret, migration Job, every env var documented)."""

from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
import pytest
import yaml
from dockerfile_parse import DockerfileParser
from kubernetes_validate import utils as k8s

from torquec import __version__
from torquec.backends.deploy.settings import ENVIRONMENT

from .harness import ROOT, build_sample

K8S_FILES = ("configmap.yaml", "secret.yaml", "migrate-job.yaml", "deployment.yaml", "service.yaml", "hpa.yaml")
# The oldest Kubernetes release these manifests target (autoscaling/v2, Job ttl, seccompProfile) and the newest schema shipped.
K8S_VERSIONS = ("1.27", k8s.latest_version())


@pytest.fixture(scope="module")
def apps(tmp_path_factory):
    base = tmp_path_factory.mktemp("deploy")
    return {name: build_sample(name, base / name) for name in ("customer-order", "todo", "citus-shop")}


def load_k8s(app) -> dict[str, dict]:
    return {f: yaml.safe_load((app / "deploy" / "k8s" / f).read_text()) for f in K8S_FILES}


@pytest.mark.parametrize("name", ["customer-order", "todo", "citus-shop"])
def test_manifests_validate_against_the_kubernetes_schemas(apps, name):
    for file_name, doc in load_k8s(apps[name]).items():
        for version in K8S_VERSIONS:
            try:
                k8s.validate(doc, version, strict=True)  # strict: unknown fields are errors too
            except k8s.ValidationError as e:
                pytest.fail(f"{file_name} is not a valid {doc['kind']} for Kubernetes {version}: {e.message} at {list(e.path)}")


def test_the_schema_check_rejects_a_broken_manifest(apps):
    """The validation above can fail: a misspelt probe field and a string port count are caught."""
    deployment = load_k8s(apps["todo"])["deployment.yaml"]
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    container["readinessProbe"]["httpGett"] = container["readinessProbe"].pop("httpGet")
    with pytest.raises(k8s.ValidationError):
        k8s.validate(deployment, K8S_VERSIONS[0], strict=True)
    service = load_k8s(apps["todo"])["service.yaml"]
    service["spec"]["ports"][0]["port"] = "eighty"
    with pytest.raises(k8s.ValidationError):
        k8s.validate(service, K8S_VERSIONS[0], strict=True)


def test_manifests_fit_together(apps):
    docs = load_k8s(apps["customer-order"])
    deployment, service, hpa, job = docs["deployment.yaml"], docs["service.yaml"], docs["hpa.yaml"], docs["migrate-job.yaml"]
    config, secret = docs["configmap.yaml"], docs["secret.yaml"]
    pod = deployment["spec"]["template"]
    labels = pod["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    assert service["spec"]["selector"].items() <= labels.items()
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": deployment["metadata"]["name"]}
    assert hpa["spec"]["minReplicas"] >= 2 and hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    (app,) = pod["spec"]["containers"]
    assert app["resources"]["requests"]["cpu"]  # the HPA's utilisation is relative to the request
    assert app["readinessProbe"]["httpGet"] == {"path": "/health/ready", "port": "http"}
    assert app["livenessProbe"]["httpGet"] == {"path": "/health/live", "port": "http"}  # no database call
    assert {p["name"]: p["containerPort"] for p in app["ports"]} == {"http": 8000}
    assert service["spec"]["ports"][0]["targetPort"] == "http"
    # configuration and tokens from the ConfigMap and the Secret, for the server and the migration alike
    refs = [{"configMapRef": {"name": config["metadata"]["name"]}}, {"secretRef": {"name": secret["metadata"]["name"]}}]
    assert app["envFrom"] == refs and job["spec"]["template"]["spec"]["containers"][0]["envFrom"] == refs
    assert set(secret["stringData"]) == {"TORQUE_DATABASE_URL", "TORQUE_TOKENS"}
    assert secret["stringData"]["TORQUE_TOKENS"] == "CHANGE-ME"  # no usable token in a generated file (fails closed)
    documented = {v.name for v in ENVIRONMENT}
    assert set(config["data"]) | set(secret["stringData"]) <= documented
    # non-root, no privilege escalation, no service-link variables clobbering TORQUE_PORT
    for spec in (pod["spec"], job["spec"]["template"]["spec"]):
        assert spec["securityContext"]["runAsNonRoot"] is True and spec["securityContext"]["runAsUser"] != 0
        assert spec["enableServiceLinks"] is False
        assert spec["containers"][0]["securityContext"]["allowPrivilegeEscalation"] is False
    assert job["spec"]["template"]["spec"]["containers"][0]["command"] == ["torquec", "migrate", "apply", "/app/model.json"]
    assert job["spec"]["template"]["spec"]["restartPolicy"] in ("Never", "OnFailure")
    assert app["image"] == job["spec"]["template"]["spec"]["containers"][0]["image"] == "customer-order:1.0.0"
    # a model without roles has no tokens to configure
    assert set(load_k8s(apps["todo"])["secret.yaml"]["stringData"]) == {"TORQUE_DATABASE_URL"}


def compose_schema() -> dict:
    ref = resources.files("check_jsonschema.builtin_schemas.vendor").joinpath("compose-spec.json")
    return json.loads(ref.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["customer-order", "todo"])
def test_compose_file_follows_the_compose_spec(apps, name):
    doc = yaml.safe_load((apps[name] / "deploy" / "compose.yaml").read_text())
    validator = jsonschema.Draft202012Validator(compose_schema())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    app, db = doc["services"]["app"], doc["services"]["db"]
    assert app["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
    assert app["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert app["healthcheck"]["test"][:2] == ["CMD", "python"] and "pg_isready" in db["healthcheck"]["test"][1]
    volume = db["volumes"][0].split(":")[0]
    assert volume in doc["volumes"] and db["volumes"][0].endswith(":/var/lib/postgresql/data")
    assert app["environment"]["TORQUE_DATABASE_URL"].startswith("postgresql://") and "@db:5432/" in app["environment"]["TORQUE_DATABASE_URL"]
    assert set(app["environment"]) <= {v.name for v in ENVIRONMENT}
    assert ("TORQUE_TOKENS" in app["environment"]) == (name == "customer-order")
    broken = dict(doc, services={"app": dict(app, helthcheck=app["healthcheck"], depends_on=["db", 1])})
    assert list(validator.iter_errors(broken)), "the compose schema accepts anything"


def parse_dockerfile(app) -> DockerfileParser:
    import io

    return DockerfileParser(fileobj=io.BytesIO((app / "deploy" / "Dockerfile").read_bytes()))


def final_stage(parser: DockerfileParser) -> list[dict]:
    instructions = parser.structure
    last_from = max(i for i, ins in enumerate(instructions) if ins["instruction"] == "FROM")
    return instructions[last_from:]


@pytest.mark.parametrize("name", ["customer-order", "todo"])
def test_dockerfile_is_multi_stage_non_root_with_a_healthcheck(apps, name):
    parser = parse_dockerfile(apps[name])
    instructions = parser.structure
    froms = [ins["value"] for ins in instructions if ins["instruction"] == "FROM"]
    assert [f.split(" AS ")[-1] for f in froms] == ["web", "python", "app"]
    web = instructions[: next(i for i, ins in enumerate(instructions) if ins["value"].endswith(" AS python"))]
    runs = [ins["value"] for ins in web if ins["instruction"] == "RUN"]
    assert runs == ["npm ci --no-audit --no-fund", "npm run build"]
    stage = final_stage(parser)
    users = [ins["value"] for ins in stage if ins["instruction"] == "USER"]
    assert users and users[-1].split(":")[0].isdigit() and users[-1].split(":")[0] != "0"
    health = [ins["value"] for ins in stage if ins["instruction"] == "HEALTHCHECK"]
    assert len(health) == 1 and "/health/ready" in health[0]
    copies = [ins["value"] for ins in stage if ins["instruction"] == "COPY"]
    assert "--from=web /web/dist web/dist" in copies and "--from=python /opt/venv /opt/venv" in copies
    assert not any(c.startswith("web/") or c.startswith(". ") for c in copies)  # Node sources stay in the web stage
    args = {ins["value"].split("=", 1)[0]: ins["value"].split("=", 1)[1] for ins in instructions if ins["instruction"] == "ARG"}
    assert args["TORQUEC_VERSION"] == __version__
    cmd = [ins["value"] for ins in stage if ins["instruction"] == "CMD"]
    assert json.loads(cmd[-1]) == ["torquec", "serve", "/app", "--no-web"]


def test_every_environment_variable_the_runtime_reads_is_documented(apps):
    """A TORQUE_* name in the server, CLI or runtime code that the generated README does not list is a drift."""
    read: set[str] = set()
    for path in (ROOT / "torquec").rglob("*.py"):
        if "backends" in path.parts or "watch" in path.parts:  # watch's TORQUE_DEV_TOKEN is no setting of a deployed app
            continue
        read |= set(re.findall(r"[\"'](TORQUE_[A-Z_]+)[\"']", path.read_text(encoding="utf-8")))
    documented = {v.name for v in ENVIRONMENT}
    assert read, "found no environment reads at all"
    assert read <= documented, f"undocumented: {sorted(read - documented)}"
    readme = (apps["customer-order"] / "README.md").read_text()
    for v in ENVIRONMENT:
        assert (f"| `{v.name}` |" in readme) is not v.citus_only
    todo = (apps["todo"] / "README.md").read_text()
    assert "| `TORQUE_TOKENS` |" not in todo and "| `TORQUE_DATABASE_URL` |" in todo


def test_a_model_with_distribution_passes_the_database_layout_to_every_container(apps):
    """The migration Job and the servers read TORQUE_DB_LAYOUT from one ConfigMap (compose: one variable)."""
    app = apps["citus-shop"]
    assert "| `TORQUE_DB_LAYOUT` |" in (app / "README.md").read_text()
    k8s_docs = load_k8s(app)
    assert k8s_docs["configmap.yaml"]["data"]["TORQUE_DB_LAYOUT"] == "postgres"
    for f in ("migrate-job.yaml", "deployment.yaml"):
        (container,) = k8s_docs[f]["spec"]["template"]["spec"]["containers"]
        assert {"configMapRef": {"name": "citus-shop-config"}} in container["envFrom"]
    compose = yaml.safe_load((app / "deploy" / "compose.yaml").read_text())
    assert compose["services"]["app"]["environment"]["TORQUE_DB_LAYOUT"] == "${TORQUE_DB_LAYOUT:-postgres}"
    assert "TORQUE_DB_LAYOUT" not in load_k8s(apps["todo"])["configmap.yaml"]["data"]


def test_deploy_readme_warns_when_the_model_has_no_auth(apps):
    assert "refuses to listen beyond loopback" in (apps["todo"] / "deploy" / "README.md").read_text()
    assert "refuses to listen" not in (apps["customer-order"] / "deploy" / "README.md").read_text()


def python_stage_install(app) -> str:
    parser = parse_dockerfile(app)
    start = next(i for i, ins in enumerate(parser.structure) if ins["value"].endswith(" AS python"))
    end = next(i for i, ins in enumerate(parser.structure) if ins["value"].endswith(" AS app"))
    (run,) = [ins["value"] for ins in parser.structure[start:end] if ins["instruction"] == "RUN"]
    return run


@pytest.mark.parametrize("wheel", [None, "0.0.9", __version__])
def test_image_installs_the_wheel_of_this_version_when_deploy_wheels_has_it(apps, tmp_path, wheel):
    """The python stage's RUN, run by sh with pip replaced by echo: which torquec would it install?"""
    wheels = tmp_path / "deploy" / "wheels"
    wheels.mkdir(parents=True)
    if wheel:
        (wheels / f"torquec-{wheel}-py3-none-any.whl").write_bytes(b"")
    script = (python_stage_install(apps["todo"]).replace("/tmp/deploy", str(tmp_path / "deploy"))
              .replace("python -m venv /opt/venv", "true").replace("/opt/venv/bin/pip install", "echo pip install"))
    import subprocess

    r = subprocess.run(["sh", "-c", script], env={"TORQUEC_VERSION": __version__, "PATH": "/usr/bin:/bin"},
                       capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    if wheel == __version__:
        assert r.stdout.strip() == f"pip install {wheels}/torquec-{__version__}-py3-none-any.whl"
    else:  # no wheel, or one of another version: the exact version from the index
        assert r.stdout.strip() == f"pip install torquec=={__version__}"
