// The domain model comes from the jar that multi-module installed into the IT repository, not from
// reactor sources: without it this build could not resolve its dependency at all.
File jar = new File(localRepositoryPath, 'io/github/pdguard/it/domain/1.0.0/domain-1.0.0.jar')
if (!jar.isFile()) {
    throw new IllegalStateException("[multi-module-consumer] ${jar} is missing: multi-module must run first and install it")
}
evaluate(new File(compareScript))
