"""`builder split` on a distributed engine (Hugging Face datatrove): the same per-article pipeline as the
process pool, cut into tasks that a local process pool, a Ray cluster or Slurm runs.

`steps` holds the pipeline as datatrove PipelineSteps (read, split, write records, write rejects),
`shards` the per-task output files and their merge into the normal output folder, `job` the work folder
that lets a killed run resume, and `run` picks the executor and puts it all together.
"""
