"""Package list for setuptools (everything else is in pyproject.toml).

The model schema and the web template stay at the top of the repository,
where editors, the samples and the docs refer to them; a wheel carries them
inside the package as ``torquec/schemas`` and ``torquec/templates``, where
``torquec.resources.data_dir`` looks first.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["torquec", "torquec.*"]) + ["torquec.schemas", "torquec.templates"],
    package_dir={"torquec.schemas": "schemas", "torquec.templates": "templates"},
)
