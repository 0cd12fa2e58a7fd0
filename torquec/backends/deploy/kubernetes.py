"""``deploy/k8s/*.yaml``: Kubernetes manifests of the generated app.

ConfigMap (plain settings) and Secret (database URL, tokens) feed every
container through ``envFrom``; a migration Job applies the model's schema
before a rollout (``torquec migrate apply``); the Deployment's pods serve
with a readiness probe on ``/health/ready`` (database reachable, schema of
this build) and a liveness probe on ``/health/live`` (no database call), so
a database outage takes pods out of the Service instead of restarting them all; a Service and a CPU-based
HorizontalPodAutoscaler complete it. Validated against the Kubernetes JSON
schemas in the tests.
"""

from __future__ import annotations

from torquec.ir.nodes import Model

from .settings import PORT, UID, database_name, image, layout_settings, resource_name

PLACEHOLDER = "CHANGE-ME"
SECRET_NOTE = (
    "# Replace every CHANGE-ME (or create this Secret from your own store). TORQUE_TOKENS is\n"
    "# `token1:role,token2:role`: the server refuses to start with the placeholder.\n"
)


def manifests(model: Model) -> dict[str, dict]:
    """File name under ``deploy/k8s/`` → manifest, in the order they are applied."""
    name = resource_name(model)
    return {
        "configmap.yaml": _configmap(model, name),
        "secret.yaml": _secret(model, name),
        "migrate-job.yaml": _migrate_job(model, name),
        "deployment.yaml": _deployment(model, name),
        "service.yaml": _service(model, name),
        "hpa.yaml": _hpa(model, name),
    }


def _labels(model: Model, name: str, component: str) -> dict:
    return {
        "app.kubernetes.io/name": name,
        "app.kubernetes.io/version": model.version.replace("+", "_"),
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/managed-by": "torquec",
    }


def _meta(model: Model, name: str, suffix: str, component: str) -> dict:
    return {"name": name + suffix, "labels": _labels(model, name, component)}


def _configmap(model: Model, name: str) -> dict:
    data = {
        "TORQUE_HOST": "0.0.0.0",
        "TORQUE_PORT": str(PORT),
        "TORQUE_LOG_LEVEL": "info",
        # In-cluster clients call http://<service>/mcp: that Host header must be accepted.
        # Add the Ingress host name(s) here, and TORQUE_PUBLIC_URL when MCP is public.
        "TORQUE_ALLOWED_HOSTS": name,
        **layout_settings(model),  # `citus` on a Citus coordinator
    }
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": _meta(model, name, "-config", "config"), "data": data}


def _secret(model: Model, name: str) -> dict:
    data = {"TORQUE_DATABASE_URL": f"postgresql://torque:{PLACEHOLDER}@postgres:5432/{database_name(model)}"}
    if model.auth is not None:
        # Fails closed: without `:role` the server refuses to start ("entry without `:role`"), so an
        # unedited Secret never becomes a guessable admin token. Real value: `token1:role,token2:role`.
        data["TORQUE_TOKENS"] = PLACEHOLDER
    return {"apiVersion": "v1", "kind": "Secret", "metadata": _meta(model, name, "-secrets", "config"),
            "type": "Opaque", "stringData": data}


def _env_from(name: str) -> list[dict]:
    return [{"configMapRef": {"name": name + "-config"}}, {"secretRef": {"name": name + "-secrets"}}]


def _pod_security() -> dict:
    return {"runAsNonRoot": True, "runAsUser": UID, "runAsGroup": UID, "fsGroup": UID,
            "seccompProfile": {"type": "RuntimeDefault"}}


def _container_security() -> dict:
    return {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}


def _pod_spec(model: Model, name: str, container: dict, restart: str) -> dict:
    return {
        # Service links would inject <SERVICE>_PORT=tcp://… variables; a model named `torque`
        # would get TORQUE_PORT overwritten by them.
        "enableServiceLinks": False,
        "restartPolicy": restart,
        "securityContext": _pod_security(),
        "containers": [container],
        "volumes": [{"name": "data", "emptyDir": {}}],
    }


def _container(model: Model, name: str, role: str, head: dict, tail: dict) -> dict:
    """A container of the app's image with its configuration, security context and data volume
    (``head`` before the configuration, ``tail`` after it: the order the manifests show)."""
    return {"name": role, "image": image(model), **head, "envFrom": _env_from(name), **tail,
            "securityContext": _container_security(), "volumeMounts": [{"name": "data", "mountPath": "/app/data"}]}


def _migrate_job(model: Model, name: str) -> dict:
    container = _container(model, name, "migrate", {"command": ["torquec", "migrate", "apply", "/app/model.json"]}, {})
    return {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": _meta(model, name, "-migrate", "migration"),
        "spec": {
            "backoffLimit": 4,
            "ttlSecondsAfterFinished": 3600,
            "template": {
                "metadata": {"labels": _labels(model, name, "migration")},
                "spec": _pod_spec(model, name, container, "Never"),
            },
        },
    }


def _deployment(model: Model, name: str) -> dict:
    selector = {"app.kubernetes.io/name": name, "app.kubernetes.io/component": "server"}
    container = _container(model, name, "app", {"ports": [{"name": "http", "containerPort": PORT, "protocol": "TCP"}]}, {
        "readinessProbe": {"httpGet": {"path": "/health/ready", "port": "http"}, "periodSeconds": 5,
                           "timeoutSeconds": 3, "failureThreshold": 3},
        "livenessProbe": {"httpGet": {"path": "/health/live", "port": "http"}, "periodSeconds": 10,
                          "timeoutSeconds": 3, "failureThreshold": 6},
        "startupProbe": {"httpGet": {"path": "/health/live", "port": "http"}, "periodSeconds": 2, "failureThreshold": 60},
        "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}, "limits": {"memory": "512Mi"}},
    })
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": _meta(model, name, "", "server"),
        "spec": {
            "replicas": 2,
            "selector": {"matchLabels": selector},
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}},
            "template": {
                "metadata": {"labels": _labels(model, name, "server")},
                "spec": {**_pod_spec(model, name, container, "Always"), "terminationGracePeriodSeconds": 30},
            },
        },
    }


def _service(model: Model, name: str) -> dict:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": _meta(model, name, "", "server"),
        "spec": {
            "type": "ClusterIP",
            "selector": {"app.kubernetes.io/name": name, "app.kubernetes.io/component": "server"},
            "ports": [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}],
        },
    }


def _hpa(model: Model, name: str) -> dict:
    return {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": _meta(model, name, "", "server"),
        "spec": {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name},
            "minReplicas": 2,
            "maxReplicas": 10,
            "metrics": [{"type": "Resource", "resource": {"name": "cpu",
                                                          "target": {"type": "Utilization", "averageUtilization": 70}}}],
        },
    }
